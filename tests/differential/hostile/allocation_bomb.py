# Allocates without bound: the address-space cap turns it into a MemoryError (status oom).
chunks = []
while True:
    chunks.append(bytearray(64 * 1024 * 1024))
