d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), d.get("z", 0), "a" in d)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v * 2 for k, v in d.items()}, d.pop("b"), d)
