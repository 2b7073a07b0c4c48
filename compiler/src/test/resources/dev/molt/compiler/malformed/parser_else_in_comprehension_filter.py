evens = [x for x in range(10) if x % 2 == 0 else None]
