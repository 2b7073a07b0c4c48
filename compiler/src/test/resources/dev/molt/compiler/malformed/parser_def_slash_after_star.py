def clamp(*, value, /):
    pass
