"""CPython side of parse-throughput.sh: ast.parse over every *.py under ROOT, all held in memory.

Usage: python3.12 cpython_parse_throughput.py ROOT [WARMUP] [ROUNDS]
Files CPython rejects are left out; lines are newline bytes, counted as ParseThroughput does.
"""
import ast
import os
import sys
import time
import warnings


def load(root):
    sources = []
    for directory, subdirectories, files in os.walk(root):
        for name in files:
            path = os.path.join(directory, name)
            if name.endswith(".py") and os.path.isfile(path):
                with open(path, "rb") as f:
                    sources.append(f.read())
    return sources


def main(root, warmup=1, rounds=3):
    warnings.simplefilter("ignore")
    sources = []
    for source in load(root):
        try:
            ast.parse(source)
            sources.append(source)
        except (SyntaxError, ValueError):
            pass
    lines = sum(source.count(b"\n") for source in sources)
    print("cpython: %d files, %d lines" % (len(sources), lines))
    for _ in range(warmup):
        for source in sources:
            ast.parse(source)
    seconds = []
    for _ in range(rounds):
        start = time.perf_counter()
        for source in sources:
            ast.parse(source)
        seconds.append(time.perf_counter() - start)
    seconds.sort()
    median = seconds[len(seconds) // 2]
    print("cpython: best %.3f s, median %.3f s per round over %d rounds (after %d warm-up)"
          % (seconds[0], median, rounds, warmup))
    print("cpython lines/s: %.0f (median %.0f)" % (lines / seconds[0], lines / median))


if __name__ == "__main__":
    main(sys.argv[1], *(int(a) for a in sys.argv[2:]))
