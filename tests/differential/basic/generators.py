def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


gen = fib()
print([next(gen) for _ in range(12)])
print(sum(x * x for x in range(10)), list(zip("abc", range(3))), list(enumerate("xy", 1)))


def delegate():
    yield from range(3)
    return "end"


print(list(delegate()))
