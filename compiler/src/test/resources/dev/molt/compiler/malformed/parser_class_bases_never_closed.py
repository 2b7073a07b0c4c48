class Reader(io.RawIOBase:
    pass
