def setup():
    global level
    level: int = 3
