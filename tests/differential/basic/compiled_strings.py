# str literals (unicode, escapes), concatenation, repetition, truth.
s = "héllo"
t = "wörld ✓"
print(s + " " + t)
print("ab" * 3, 2 * "xy", "-" * 0, "=" * 10)
print("tab\there", "quote\"s", 'single', "ünïcödé 😀")
if "":
    print("empty is true")
else:
    print("empty is false")
print("a" + "b" == "ab", "" + "")
