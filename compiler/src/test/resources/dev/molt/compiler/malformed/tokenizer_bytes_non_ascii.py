data = b"naïve"
