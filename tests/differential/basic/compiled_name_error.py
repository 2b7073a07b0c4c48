# Reading a global that was never assigned raises NameError.
def f():
    return undefined_name + 1


print("start")
print(f())
