"""Regenerates expected.tsv: what CPython 3.12 reports for every malformed program here.

Run with CPython 3.12.1:  python3.12 expect.py  (then `git diff expected.tsv`).

Each line: file, stage, class, lineno, offset, end_lineno, end_offset, msg (tab-separated; tab,
newline and backslash in msg are escaped as \\t, \\n, \\\\). The error itself is what
compile(source_bytes, path, 'exec') raises. The stage says which part of CPython raises it first:
"parser" if ast.parse(source_bytes) already raises, "symtable" if the symbol table does, else
"compiler" (the bytecode compiler, which Molt's front end need not implement). Positions CPython
leaves as None are written as 0, as PythonSyntaxError has them.
"""
import ast
import pathlib
import sys
import _symtable

HERE = pathlib.Path(__file__).resolve().parent


def first_error(action):
    try:
        action()
    except SyntaxError as err:  # IndentationError and TabError are subclasses
        return err
    return None


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def expectation(path):
    source = path.read_bytes()
    err = first_error(lambda: compile(source, path.name, "exec"))
    if err is None:
        return None
    if first_error(lambda: ast.parse(source, path.name)) is not None:
        stage = "parser"
    elif first_error(lambda: _symtable.symtable(source, path.name, "exec")) is not None:
        stage = "symtable"
    else:
        stage = "compiler"
    fields = [path.name, stage, type(err).__name__] + [
        0 if value is None else value for value in (err.lineno, err.offset, err.end_lineno, err.end_offset)
    ] + [escape(err.msg)]
    return "\t".join(str(field) for field in fields)


def main():
    if sys.version_info[:3] != (3, 12, 1):
        sys.exit("run this with CPython 3.12.1, the oracle the expectations come from")
    programs = [path for path in sorted(HERE.glob("*.py")) if path.name != "expect.py"]
    lines = [expectation(path) for path in programs]
    accepted = [path.name for path, line in zip(programs, lines) if line is None]
    if accepted:
        sys.exit("CPython accepts these, so they do not belong in the corpus: " + ", ".join(accepted))
    (HERE / "expected.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} expectations written")


if __name__ == "__main__":
    main()
