s = "Hello, Wörld"
print(s.upper(), s.lower(), len(s), s[::-1], s[7:], s.find("W"))
print("-".join(["a", "b", "c"]), "a,b,,c".split(","), "  pad  ".strip() + "|")
print(repr("quote's"), repr('tab\t'), "x" * 3, "abc" < "abd", ord("é"), chr(955))
