HEADER = b'\x89PNG\r\n
