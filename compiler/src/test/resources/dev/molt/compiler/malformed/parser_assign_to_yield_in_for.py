def g():
    for (yield) in range(3):
        pass
