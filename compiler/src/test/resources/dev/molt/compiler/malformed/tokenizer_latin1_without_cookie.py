greeting = "café"
print(greeting)
