# molt: python >= 3.10
def describe(value):
    match value:
        case 0:
            return "zero"
        case [x, y]:
            return f"pair {x},{y}"
        case {"kind": kind}:
            return f"kind {kind}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case _:
            return "other"


for v in (0, [1, 2], {"kind": "k"}, "hello", "hi"):
    print(describe(v))
