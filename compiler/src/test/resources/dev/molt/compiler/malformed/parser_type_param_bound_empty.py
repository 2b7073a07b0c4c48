class Registry[T: ]:
    pass
