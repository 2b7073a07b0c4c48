def combine(*first, *second):
    pass
