"""Oracle side of StdlibConformanceTest: CPython's verdict on every *.py under a directory.

Usage: python3.12 cpython_ast_dump.py SOURCE_ROOT OUT_DIR [--compile]

For each SOURCE_ROOT/REL.py (os.walk order, sorted) writes OUT_DIR/REL.py.dump holding
ast.dump(ast.parse(source_bytes), include_attributes=True) in UTF-8, or, when CPython rejects the
file, OUT_DIR/REL.py.error holding four lines: exception class, lineno, offset (each "None" when
CPython gives none) and the message (the rest of the file). Last it writes OUT_DIR/index.txt, one
"dump REL" or "error REL" line per file, which marks the run complete. With --compile, each file
ast.parse accepts also gets OUT_DIR/REL.py.compile: "ok", or the four lines of what
compile(source_bytes, REL, "exec") raised (ParserFuzzTest checks the semantic passes with it).
"""
import ast
import os
import sys
import warnings


def verdict(source):
    try:
        tree = ast.parse(source)
    except SyntaxError as e:  # IndentationError and TabError are subclasses
        return "error", "%s\n%s\n%s\n%s" % (type(e).__name__, e.lineno, e.offset, e.msg)
    except Exception as e:  # e.g. ValueError; recorded so the comparison can name it
        return "error", "%s\nNone\nNone\n%s" % (type(e).__name__, e)
    return "dump", ast.dump(tree, include_attributes=True)


def compile_verdict(source, relative):
    try:
        compile(source, relative, "exec", dont_inherit=True)
    except SyntaxError as e:
        return "%s\n%s\n%s\n%s" % (type(e).__name__, e.lineno, e.offset, e.msg)
    except Exception as e:  # 3.12.1 has compiler crashes (SystemError); recorded by class
        return "%s\nNone\nNone\n%s" % (type(e).__name__, e)
    return "ok"


def main(root, out, with_compile=False):
    warnings.simplefilter("ignore")  # invalid escape sequences etc. are SyntaxWarnings, not our concern
    index = []
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, root)
            with open(path, "rb") as f:
                kind, result = verdict(f.read())
            target = os.path.join(out, relative + "." + kind)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="") as f:
                f.write(result)
            if with_compile and kind == "dump":
                with open(path, "rb") as f:
                    answer = compile_verdict(f.read(), relative)
                with open(os.path.join(out, relative + ".compile"), "w", encoding="utf-8", newline="") as f:
                    f.write(answer)
            index.append("%s %s\n" % (kind, relative))
    with open(os.path.join(out, "index.txt"), "w", encoding="utf-8", newline="") as f:
        f.writelines(index)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--compile" in sys.argv[3:])
