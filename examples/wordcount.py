"""Counts words from stdin (or a built-in text) with a generator pipeline."""
import sys
from collections import Counter

TEXT = """the quick brown fox jumps over the lazy dog
the dog sleeps; the fox runs"""


def words(lines):
    for line in lines:
        yield from (w.strip(".,;:!?").lower() for w in line.split())


def main(argv: list[str]) -> int:
    lines = sys.stdin if "-" in argv[1:] else TEXT.splitlines()
    counts = Counter(w for w in words(lines) if w)
    for word, n in counts.most_common(5):
        print(f"{word:<10}{n:>3}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
