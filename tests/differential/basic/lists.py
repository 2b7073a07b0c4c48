xs = [5, 3, 8, 1]
xs.append(7)
xs.sort()
print(xs, xs[1:3], xs[-1], len(xs), sum(xs), min(xs), max(xs))
ys = [x * x for x in xs if x % 2]
print(ys, sorted(ys, reverse=True), list(reversed(xs)), xs.index(8))
del xs[0]
print(xs, [1, 2] + [3], [0] * 4, [[i, j] for i in range(2) for j in range(2)])
