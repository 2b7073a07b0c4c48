# Integer arithmetic, including big integers and floor division/modulo signs.
print(7 + 5, 7 - 12, 6 * 7, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10)
print(2 ** 100, -(3 ** 50), (10 ** 30) // 7, (10 ** 30) % 7)
print(divmod(17, 5), divmod(-17, 5), abs(-42), int("123") + 1)
