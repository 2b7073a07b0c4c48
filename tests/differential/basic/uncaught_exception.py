# Ends with a traceback: the exit status (1) and the last stderr line are compared.
print("before")
items = [1, 2, 3]
print(items[10])
