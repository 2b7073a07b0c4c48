# Comparisons (single and chained), and/or/not with their operand values, conditional expressions.
a = 3
b = 5
print(a < b, a > b, a <= 3, a >= 4, a == 3, a != 3, a is None, a is not None)
print(1 < a < b, 1 < b < a, a < b > 4, 0 <= a <= 3 < b)
print(a and b, 0 and b, a or b, 0 or b, None or 0, not a, not 0, not None)
print("x" if a > b else "y", a if a else b, "" or "empty", "s" and "t")
print("abc" < "abd", "b" > "abc", "a" == "a", "a" != "b", "" < "a")
print(True + True, True * 3, False - 1, True == 1, None is None)
