"""CPython's view of a source, for the symbol table tests (run with CPython 3.12).

  symtable_oracle.py snippet            stdin source -> "ast" line, then the symtable or error lines
  symtable_oracle.py snippets           stdin JSON list of sources -> "=== N" then as above, per source
  symtable_oracle.py stdlib OUTDIR      every stdlib *.py -> OUTDIR/NNNN.ast, NNNN.sym, NNNN.cmp, index.txt

Each result ends with a "compile ok" or "compile error ..." line: what compile() makes of the source.

AST format: a node is "(Class field... [lineno col_offset end_lineno end_col_offset])", a list
"[ ... ]", None "_", a string a JSON string, an int decimal, an operator/context its bare class
name; a constant's value is S"..." for str, N for None, and #T, #F, #E, #I<int>, #D<float.hex>,
#J<imaginary part as float.hex>, #B<hex> for the others. Symtable format: "scope PATH TYPE NAME LINENO NESTED" then
"sym NAME FLAGS" lines sorted by name; PATH is the child-index path from the module ("" for it).
"""
import ast
import json
import os
import sys
import _symtable
import sysconfig
import warnings


def ser(node, out):
    if node is None:
        out.append("_")
    elif isinstance(node, list):
        out.append("[")
        for item in node:
            ser(item, out)
        out.append("]")
    elif isinstance(node, str):
        out.append(json.dumps(node))
    elif isinstance(node, int):
        out.append(str(node))
    elif isinstance(node, ast.AST):
        if not node._fields and not getattr(node, "_attributes", ()):
            out.append(type(node).__name__)
            return
        out.append("(" + type(node).__name__)
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(node, (ast.Constant, ast.MatchSingleton)) and field == "value":
                out.append(constant(value))
            else:
                ser(value, out)
        if "lineno" in type(node)._attributes:
            for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
                out.append(str(getattr(node, attr)))
        out.append(")")
    else:
        raise TypeError(type(node))


def constant(value):
    if isinstance(value, str):
        return "S" + json.dumps(value)
    if value is None:
        return "N"
    if value is True or value is False:
        return "#T" if value else "#F"
    if value is ...:
        return "#E"
    if isinstance(value, int):
        return "#I" + str(value)
    if isinstance(value, float):
        return "#D" + float.hex(value)
    if isinstance(value, complex):
        return "#J" + float.hex(value.imag)
    if isinstance(value, bytes):
        return "#B" + value.hex()
    raise TypeError(type(value))


def dump_ast(tree):
    out = []
    ser(tree, out)
    return " ".join(out)


def dump_table(table, path, lines):
    lines.append(f"scope {path} {table.type} {table.name} {table.lineno} {int(bool(table.nested))}")
    for name in sorted(table.symbols):
        lines.append(f"sym {name} {table.symbols[name]}")
    for i, child in enumerate(table.children):
        dump_table(child, str(i) if path == "-" else f"{path}.{i}", lines)


def symtable_lines(source, filename):
    lines = []
    try:
        dump_table(_symtable.symtable(source, filename, "exec"), "-", lines)
    except SyntaxError as e:
        lines.append(f"error {e.lineno} {e.offset} {e.end_lineno} {e.end_offset} {e.msg}")
    return lines


def compile_line(source, filename):
    """The outcome of compile(): symtable and code-generator errors alike, as "compile ..."."""
    try:
        compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as e:
        return f"compile error {e.lineno} {e.offset} {e.end_lineno} {e.end_offset or 0} {e.msg}"
    except Exception as e:  # 3.12.1 has compiler crashes, e.g. SystemError on super() in a class-level listcomp
        return f"compile crash {type(e).__name__}"
    return "compile ok"


def snippet(source):
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        print("parse-error", e.msg)
        return
    print("ast", dump_ast(tree))
    print("\n".join(symtable_lines(source, "f.py")))
    print(compile_line(source, "f.py"))


def snippets():
    for n, source in enumerate(json.load(sys.stdin)):
        print(f"=== {n}")
        snippet(source.encode("utf-8"))


def stdlib(outdir):
    os.makedirs(outdir, exist_ok=True)
    root = sysconfig.get_paths()["stdlib"]
    paths = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith(".py"):
                paths.append(os.path.join(dirpath, f))
    with open(os.path.join(outdir, "index.txt"), "w") as index:
        for n, path in enumerate(paths):
            with open(path, "rb") as fh:
                source = fh.read()
            try:
                tree = ast.parse(source)
            except (SyntaxError, ValueError):
                continue
            with open(os.path.join(outdir, f"{n:05d}.ast"), "w") as fh:
                fh.write(dump_ast(tree))
            with open(os.path.join(outdir, f"{n:05d}.sym"), "w") as fh:
                fh.write("\n".join(symtable_lines(source, path)) + "\n")
            with open(os.path.join(outdir, f"{n:05d}.cmp"), "w") as fh:
                fh.write(compile_line(source, path) + "\n")
            index.write(f"{n:05d} {path}\n")


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    if sys.argv[1] == "snippet":
        snippet(sys.stdin.buffer.read())
    elif sys.argv[1] == "snippets":
        snippets()
    else:
        stdlib(sys.argv[2])
