# float division by zero has its own message.
x = 1.5
print(x * 2)
print(x / 0)
