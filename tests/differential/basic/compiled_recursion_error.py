# Unbounded recursion ends in RecursionError, never a crash.
def down(n):
    return down(n + 1)


print("start")
down(0)
