def check(value):
    if value:
	return True
    return False
