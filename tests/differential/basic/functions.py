def greet(name, greeting="Hello", *rest, punct="!", **extra):
    return f"{greeting}, {name}{punct} {rest} {sorted(extra.items())}"


print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", x=1, y=2))


def make_counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


c = make_counter()
print(c(), c(), c())
print((lambda x, y=2: x * y)(5))
