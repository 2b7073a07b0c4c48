def fetch(url, timeout=10, retries):
    pass
