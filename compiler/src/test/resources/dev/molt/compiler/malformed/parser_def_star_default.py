def log(*messages=()):
    pass
