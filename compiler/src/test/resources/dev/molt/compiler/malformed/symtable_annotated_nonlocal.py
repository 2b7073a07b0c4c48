def outer():
    level = 1
    def inner():
        nonlocal level
        level: int = 2
    return inner
