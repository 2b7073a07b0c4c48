def gen(items):
    return [(yield item) for item in items]
