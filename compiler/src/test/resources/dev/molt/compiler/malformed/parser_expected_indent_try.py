try:
open("f")
except OSError:
    pass
