# Mixing str and int in + raises TypeError with CPython's message.
print("a" * 2)
print("a" + 1)
