# Small-int sets iterate in hash order, which equals value order here.
s = {3, 1, 2}
s.add(5)
print(sorted(s), 2 in s, s & {1, 5, 9}, len(s | {7}))
t = (1, "two", 3.0)
a, b, c = t
print(t, a, b, c, t[1:], t.count(1), (1, 2) < (1, 3))
