import logging

log = logging.getLogger(__name__)
log.info("starting up the worker pool)
