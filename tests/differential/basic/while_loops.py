n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    print(i, end=" ")
else:
    print("no break")
print()
