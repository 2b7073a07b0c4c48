print("a", sep=",", sep=";")
