a = [1, 2]
del a + a
