def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 // n


for n in (2, 0, 5):
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", type(e).__name__, e)
    finally:
        print("done", n)

try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
