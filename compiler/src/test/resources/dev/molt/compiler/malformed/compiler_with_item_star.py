import contextlib
with contextlib.suppress(Exception) as *ctx:
    pass
