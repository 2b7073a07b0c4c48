def f():
    global counter = 0
