people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = "banana Apple cherry apple Banana".split()
print(sorted(words), sorted(words, key=str.lower), max(words, key=len))
