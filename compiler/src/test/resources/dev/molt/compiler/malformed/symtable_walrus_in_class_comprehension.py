class Cache:
    keys = [(last := k) for k in range(3)]
