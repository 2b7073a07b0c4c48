# Recurses without bound: CPython stops it with RecursionError.
def down(n):
    return down(n + 1)


down(0)
