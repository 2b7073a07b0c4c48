a, b = 1, 2
print(f"{a b}")
