line = None
while line = input():
    print(line)
