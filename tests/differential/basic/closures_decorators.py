import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        result = fn(*args)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper


@trace
def add(a, b):
    return a + b


add(2, 3)
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders], add.__name__)
