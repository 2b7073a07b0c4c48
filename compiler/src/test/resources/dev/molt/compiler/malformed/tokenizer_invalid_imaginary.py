z = 3 + 4jj
