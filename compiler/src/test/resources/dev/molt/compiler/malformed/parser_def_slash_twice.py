def clamp(value, /, low, /, high):
    pass
