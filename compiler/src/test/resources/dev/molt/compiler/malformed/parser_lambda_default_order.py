key = lambda item=None, reverse: item
