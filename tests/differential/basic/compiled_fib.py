# Recursion through a top-level function, called before and after other definitions.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def show(n):
    print("fib(", n, ") =", fib(n))


n = 0
while n <= 20:
    show(n)
    n += 4
print(fib(25))
