add = lambda x, y, x: x + y
