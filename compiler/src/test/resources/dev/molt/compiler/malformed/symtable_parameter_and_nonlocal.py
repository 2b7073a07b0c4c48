def outer():
    value = 1
    def inner(value):
        nonlocal value
    return inner
