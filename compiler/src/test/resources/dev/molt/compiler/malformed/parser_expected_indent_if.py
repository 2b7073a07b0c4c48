def check(x):
    if x:
    return x
