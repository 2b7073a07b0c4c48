ages = {"alice": 31, "bob": 27
