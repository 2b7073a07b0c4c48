def helper():

print("after")
