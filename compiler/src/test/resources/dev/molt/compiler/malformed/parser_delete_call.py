cache = {}
del cache.get("key")
