try:
    risky()
print("after")
