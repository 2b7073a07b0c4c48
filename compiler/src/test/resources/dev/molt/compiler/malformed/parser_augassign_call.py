counts = {}
counts.get("a") += 1
