b = "héllo".encode("utf-8")
print(b, len(b), b[1], b.hex(), bytes(range(5)), bytearray(b"ab") + b"c")
print(b.decode("utf-8"), b"abc".upper(), b"a,b".split(b","), int.from_bytes(b"\x01\x00", "little"))
