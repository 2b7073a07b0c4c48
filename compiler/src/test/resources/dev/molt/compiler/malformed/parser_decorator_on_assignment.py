@cache
value = compute()
