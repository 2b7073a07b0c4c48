# A local read before assignment raises UnboundLocalError.
def f(flag):
    if flag:
        x = 1
    return x


print(f(True))
print(f(False))
