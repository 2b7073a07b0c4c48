# Float formatting follows CPython's shortest repr.
print(0.1 + 0.2, 1 / 3, 2.5 * 4, 1e22, 1e-7, float("inf"), -0.0)
print(round(2.675, 2), round(3.5), round(4.5), 7 / 2, 10 / 4)
print(f"{3.14159:.2f}", f"{1234567.891:,.1f}", f"{0.5:%}")
