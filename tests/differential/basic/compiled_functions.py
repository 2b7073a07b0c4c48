# Functions: locals vs globals, the global statement, implicit None return, several parameters.
counter = 0


def bump(by):
    global counter
    counter = counter + by
    return counter


def nothing():
    pass


def area(w, h, scale):
    result = w * h
    result *= scale
    return result


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"


print(bump(2), bump(3), counter)
print(nothing())
print(area(3, 4, 2), area(1.5, 2, 1))
print(classify(-5), classify(0), classify(7))


def gcd(a, b):
    while b:
        t = a % b
        a = b
        b = t
    return a


print(gcd(1071, 462), gcd(2 ** 80, 6 ** 30))
