squares = [x * x for x in (data := [1, 2, 3])]
