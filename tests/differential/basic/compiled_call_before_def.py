# Calling a function before its def statement ran is a NameError, as in CPython.
print("start")
print(defined_afterwards())


def defined_afterwards():
    return 1
