# int arithmetic on both sides of the machine-word boundary, Python's floor rules.
a = 7
b = -3
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b, a ** 3)
print(a / b, 6 / 3, a << 5, -a >> 1, a & b, a | b, a ^ b, ~a, -a, +a)
big = 9223372036854775807
print(big + 1, big * big, -big - 2, (big + 1) // 3, big % 1000)
print(2 ** 64, 2 ** 200 - 1, (2 ** 100) // (2 ** 37), -(2 ** 70) % 7)
print(10 ** 30 // 7, 10 ** 30 % 7, 3 ** 40)
print(123456789 * 987654321 * 111111111)
print(0 // 5, 0 % 5, -1 // 2, -1 % 2, 1 - 1)
