def reset():
    state = None
    global state
