def update(config):
    global config
    config = {}
