# An uncaught ZeroDivisionError inside a call: output so far is kept, exit status 1.
def ratio(a, b):
    return a // b


print("before")
print(ratio(7, 2))
print(ratio(1, 0))
print("never")
