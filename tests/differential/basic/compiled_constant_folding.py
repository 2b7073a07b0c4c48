# Expressions the constant folder computes at compile time must match run-time arithmetic.
print(2 ** 10, 2 ** 100, -7 // 2, -7 % 2, 7 // -2, 1 << 70, -1 >> 3, ~5, 6 & 3 | 8 ^ 1)
print(10 ** 20 * 10 ** 20 - 1, (3 - 5) * 4, -(-3), +4)
print(1 // 0 if False else "guarded", 2 ** -1)
