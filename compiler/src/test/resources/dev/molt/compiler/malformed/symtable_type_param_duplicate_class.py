class Mapping[K, V, K]:
    pass
