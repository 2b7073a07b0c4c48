def collect(tasks):
    return [await t for t in tasks]
