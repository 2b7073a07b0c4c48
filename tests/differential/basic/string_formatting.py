name, value = "pi", 3.14159
print(f"{name:>6}|{value:<10.3f}|{42:08b}|{255:#x}|{'c':^5}|")
print("%s=%d (%.1e)" % (name, 7, 12345.678), "{0}-{1}-{0}".format("a", "b"))
print(str(None), str(True), repr(1.0), repr([1, "a", None]), ascii("é"))
