print(f"value: {!r}")
