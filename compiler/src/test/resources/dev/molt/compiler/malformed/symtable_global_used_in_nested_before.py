def outer():
    def inner():
        return total
    total = 0
    global total
