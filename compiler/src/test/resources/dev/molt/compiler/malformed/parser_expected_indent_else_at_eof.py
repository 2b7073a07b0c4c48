if a:
    pass
else:
