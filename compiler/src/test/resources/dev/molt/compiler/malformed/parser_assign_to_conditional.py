a if flag else b = 1
