if ((a, b) := divmod(7, 2)):
    pass
