pairs = {"a": 1}
items = [k, v for k, v in pairs.items()]
