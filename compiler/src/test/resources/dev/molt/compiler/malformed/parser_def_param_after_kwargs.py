def build(**options, name):
    pass
