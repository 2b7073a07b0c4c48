# A small numeric program: longest Collatz chain below a bound.
def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count


best = 0
best_n = 0
n = 1
while n < 3000:
    s = steps(n)
    if s > best:
        best = s
        best_n = n
    n += 1
print(best_n, best)
