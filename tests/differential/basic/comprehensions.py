matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print({x % 3 for x in range(10)}, {c: ord(c) for c in "abc"})
print(list(map(str, range(4))), list(filter(None, [0, 1, "", "a"])))
