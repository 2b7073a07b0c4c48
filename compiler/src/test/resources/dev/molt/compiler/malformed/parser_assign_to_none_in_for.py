for None in range(3):
    pass
