timeout = 30s
