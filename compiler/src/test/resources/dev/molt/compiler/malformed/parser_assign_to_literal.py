10 = count
