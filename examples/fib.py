"""Naive and iterative Fibonacci, printed side by side."""


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fib_iter(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    for i in range(15):
        print(f"{i:>2}: {fib(i):>4} {fib_iter(i):>4}")
