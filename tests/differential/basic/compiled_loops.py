# while with break/continue/else, nested loops, if/elif/else chains.
i = 0
total = 0
while i < 100:
    i += 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    total += i
print("total", total, "i", i)

n = 0
while n < 3:
    n += 1
else:
    print("loop finished normally", n)

while True:
    break
else:
    print("never printed")

row = 1
while row <= 4:
    col = 1
    line = ""
    while col <= row:
        line = line + "*"
        col += 1
    print(line)
    row += 1

k = 0
while k < 6:
    if k == 0:
        print(k, "zero")
    elif k == 1:
        print(k, "one")
    elif k < 4:
        print(k, "small")
    else:
        print(k, "big")
    k += 1
