def make(**fields=None):
    pass
