try:
    open("f")
except OSError as err:
print(err)
