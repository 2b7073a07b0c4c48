result = 42
return result
