name = "ada"
print(f"hello {}")
