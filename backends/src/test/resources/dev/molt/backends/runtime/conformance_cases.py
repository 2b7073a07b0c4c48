"""Generates runtime conformance cases with CPython's answers, one "case<TAB>expected" per line.

Run with PYTHONHASHSEED=0: python3.12 conformance_cases.py SEED SECTION... (see SECTIONS).
The value syntax is the one backends/src/test/c/conformance.c parses.
"""
import random
import struct
import sys


def enc(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        if v.bit_length() > 13000:  # beyond the decimal conversion limit: hexadecimal
            return ("x:-%x" if v < 0 else "x:%x") % abs(v)
        return "i:%d" % v
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, complex):
        return "c:%s:%s" % (enc(v.real)[2:], enc(v.imag)[2:])
    if isinstance(v, str):
        return "s:" + v.encode("utf-8").hex()
    if isinstance(v, bytes):
        return "b:" + v.hex()
    if isinstance(v, tuple):
        return "( " + " ".join(enc(x) for x in v) + " )"
    raise TypeError(v)


def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        message = str(e)
        return type(e).__name__ + (": " + message if message else "")


def big(r):
    kind = r.random()
    if kind < 0.15:
        v = r.randint(-10, 10)
    elif kind < 0.35:
        v = r.randint(-2**64, 2**64)
    elif kind < 0.45:
        v = r.choice([2**63, -2**63, 2**63 - 1, -2**63 + 1, 2**64, 2**32, -2**32, 2**31, 2**61 - 1, 2**62])
        v += r.randint(-2, 2)
    else:
        v = r.getrandbits(r.randint(1, 700))
        if r.random() < 0.3:
            v = (v >> r.randint(0, 64)) << r.randint(0, 64)
    return -v if r.random() < 0.5 else v


BINOPS = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b, "divmod": divmod,
    "truediv": lambda a, b: a / b, "and": lambda a, b: a & b, "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b, "cmp": lambda a, b: (a > b) - (a < b), "eq": lambda a, b: a == b,
}


def ints(r, n):
    for _ in range(n):
        a, b = big(r), big(r)
        if r.random() < 0.2:
            b = r.randint(-3, 3)
        op = r.choice(sorted(BINOPS))
        yield "binop %s %s %s" % (op, enc(a), enc(b)), outcome(lambda: BINOPS[op](a, b))
        s = r.choice([r.randint(-2, 200), r.randint(0, 1000)])
        op = r.choice(["lshift", "rshift"])
        f = (lambda: a << s) if op == "lshift" else (lambda: a >> s)
        yield "binop %s %s %s" % (op, enc(a), enc(s)), outcome(f)
        e = r.randint(-3, 40)
        base = a if r.random() < 0.3 else r.randint(-300, 300)
        yield "binop pow %s %s" % (enc(base), enc(e)), outcome(lambda: base ** e)
        op = r.choice(["neg", "invert", "abs", "float"])
        f = {"neg": lambda: -a, "invert": lambda: ~a, "abs": lambda: abs(a), "float": lambda: float(a)}[op]
        yield "unop %s %s" % (op, enc(a)), outcome(f)
        yield "hash %s" % enc(a), repr(hash(a))
    for digits in (4299, 4300, 4301, 5000, 20000):
        v = 10 ** (digits - 1) + r.getrandbits(64)
        for sv in (v, -v):
            yield "str %s" % enc(sv), str_outcome(sv)
        text = "7" * digits
        yield "int %s" % enc(text), outcome(lambda: int(text))
    for text in [" 12_345 ", "-0", "+17", "1__2", "_1", "1_", "", "abc", "99999999999999999999999", "\t-5\n"]:
        yield "int %s" % enc(text), outcome(lambda: int(text))


def str_outcome(v):
    try:
        return str(v)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def random_double(r):
    kind = r.random()
    if kind < 0.5:
        return struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
    if kind < 0.7:
        return r.uniform(-1e6, 1e6)
    if kind < 0.8:
        return float(r.randint(-10**6, 10**6)) * 10.0 ** r.randint(-30, 30)
    if kind < 0.9:
        return r.choice([1e16, 1e15, 1e-5, 1e-4, 0.1, 0.2, 0.3, 1/3, 2/3, 5e-324, 2.2250738585072014e-308,
                         1.7976931348623157e308, 9007199254740992.0, 9007199254740993.0, 123456789012345678.0,
                         -0.0, 0.0, 100.0, 1.5, float("inf"), -float("inf"), float("nan"), 2.0**-1074,
                         2.0**1023, 2.0**-1022, 0.1 + 0.2])
    return 2.0 ** r.randint(-1074, 1023) * r.choice([1, -1])


FLOAT_OPS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow", "eq"]


def floats(r, n):
    for _ in range(n):
        v = random_double(r)
        yield "repr %s" % enc(v), repr(v)
    for _ in range(n // 10):
        a, b = random_double(r), random_double(r)
        if r.random() < 0.5:
            a, b = r.uniform(-100, 100), r.choice([r.uniform(-10, 10), 0.0, -0.0, float(r.randint(-5, 5))])
        op = r.choice(FLOAT_OPS)
        f = {"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b, "truediv": lambda: a / b,
             "floordiv": lambda: a // b, "mod": lambda: a % b, "divmod": lambda: divmod(a, b),
             "pow": lambda: a ** b, "eq": lambda: a == b}[op]
        exp = outcome(f)
        if op == "pow" and a < 0 and abs(a) != float("inf") and abs(b) != float("inf") and b == b and b != int(b):
            continue  # complex results are not in the runtime yet
        yield "binop %s %s %s" % (op, enc(a), enc(b)), exp
    for _ in range(n // 10):
        v = random_double(r)
        if v == v:
            yield "hash %s" % enc(v), repr(hash(v))
        if v == v and abs(v) != float("inf"):
            yield "unop int %s" % enc(v), repr(int(v))


def random_str(r, max_len=12):
    pools = [(0x20, 0x7e), (0, 0x20), (0x7f, 0xff), (0x100, 0x3000), (0x3000, 0xffff), (0x10000, 0x10ffff),
             (0xd800, 0xdfff)]
    out = []
    for _ in range(r.randint(0, max_len)):
        lo, hi = r.choice(pools)
        c = r.randint(lo, hi)
        if 0xd800 <= c <= 0xdfff:
            c = 0x41  # UTF-8 cannot carry lone surrogates to the driver
        out.append(chr(c))
    if r.random() < 0.2:
        out.append(r.choice(["'", '"', "\\", "'\"", "\t\n\r"]))
    return "".join(out)


def scalar(r):
    k = r.random()
    if k < 0.3:
        return big(r) if r.random() < 0.3 else r.randint(-1000, 1000)
    if k < 0.5:
        return random_str(r)
    if k < 0.65:
        v = random_double(r)
        return 0.5 if v != v else v
    if k < 0.72:
        return r.choice([None, True, False])
    if k < 0.8:
        return bytes(r.getrandbits(8) for _ in range(r.randint(0, 20)))
    if k < 0.85:
        return complex(r.uniform(-5, 5), r.choice([0.0, r.uniform(-5, 5)]))
    return tuple(scalar(r) for _ in range(r.randint(0, 4)))


def hashes(r, n):
    for s in ["abc", "é", "日本", "😀", "", "a", "abcdefgh", "abcdefghi"]:
        yield "hash %s" % enc(s), repr(hash(s))
    for _ in range(n):
        v = scalar(r)
        yield "hash %s" % enc(v), repr(hash(v))
        yield "repr %s" % enc(v), repr(v)


def tables(r, n):
    for _ in range(n):
        kind = r.choice(["set", "set", "frozenset", "dict"])
        strs = r.random() < 0.5
        universe = [random_str(r, 6) for _ in range(40)] if strs else \
            [r.randint(-50, 50) * r.choice([1, 1, 8, 32, 2**61 - 1, 2**64]) for _ in range(40)]
        if r.random() < 0.2:
            universe += [None, True, 2.5, (1, "a"), -1, -2]
        ops = []
        added = 0
        c = {} if kind == "dict" else set()
        for _ in range(r.randint(0, 120)):
            x = r.choice(universe)
            roll = r.random()
            if roll < 0.65:
                ops.append("+" + enc(x))
                if kind == "dict":
                    c[x] = added
                else:
                    c.add(x)
                added += 1
            elif roll < 0.95 or kind == "dict":
                ops.append("-" + enc(x))
                if kind == "dict":
                    c.pop(x, None)
                else:
                    c.discard(x)
            else:
                ops.append("p")
                if c:
                    c.pop()
        if kind == "frozenset":
            # The driver builds its frozenset by the same adds and discards, so its table is the set's.
            expected = "%d %s" % (hash(frozenset(c)), "frozenset(" + repr(c) + ")" if c else "frozenset()")
        else:
            expected = repr(c)
        if any(" " in o for o in ops):
            continue  # tuples inside tables would need the tuple syntax per op
        yield "%s %s" % (kind, " ".join(ops)), expected


SECTIONS = {"ints": ints, "floats": floats, "hashes": hashes, "tables": tables}

if __name__ == "__main__":
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    r = random.Random(seed)
    out = []
    for name in sys.argv[3:]:
        for case, expected in SECTIONS[name](r, count):
            out.append(case + "\t" + expected)
    sys.stdout.write("\n".join(out) + "\n")
