value, fill, align, width = 3.14159, "*", ">", 12
print(f"{value:{fill}{align}{width:{fill:{align}}}}")
