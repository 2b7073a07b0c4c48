package dev.molt.compiler.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every compile-stage SyntaxError, and the order in which CPython finds them, compared with what
 * {@code compile()} of CPython 3.12.1 reports for the same source: message, line, offset, end line
 * and end offset, or success.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompileChecksOracleTest {

    private static final String[] FIXED = {
        // return, yield, await
        "return 1",
        "class C:\n return",
        "if 0:\n return",
        "yield 1",
        "class C: yield",
        "while 0:\n yield",
        "await x",
        "def f(): await x",
        "lambda: await x",
        "class C: await x",
        "async def f():\n class C:\n  await x",
        "def f():\n class C:\n  yield",
        "async def f(): yield from x",
        "async def f(): yield 1",
        "async def f():\n yield 1\n return 2",
        "async def f():\n yield 1\n return",
        "def f():\n return 1\n yield\n await x",
        "(await x for x in y)",
        "class C:\n x = (await y for y in z)",
        "lambda: (yield)",
        "def f():\n x: (yield)\n x.y: (await z)",
        // break and continue
        "break",
        "continue",
        "for x in y:\n try: pass\n finally: continue",
        "for x in y:\n def f(): break",
        "for x in y:\n class C: continue",
        "while x:\n pass\nelse:\n break",
        "for x in y:\n pass\nelse:\n continue",
        "try: break\nfinally: continue",
        "def f():\n try:\n  return\n  continue\n finally:\n  break",
        "for x in y:\n with a:\n  try:\n   break\n  finally:\n   pass",
        // except*
        "try: pass\nexcept* E: break\nelse: continue",
        "try: pass\nexcept E: break\nelse: continue",
        "try: pass\nexcept* E:\n  return 1",
        "def f():\n try: pass\n except* E:\n  return 1",
        "def f():\n try: pass\n except* E:\n  return x",
        "def f():\n try: pass\n except* E:\n  return -1",
        "def f():\n try: pass\n except* E:\n  return (1, 2)",
        "def f():\n try: pass\n except* E:\n  return 2 * 3 + 1",
        "def f():\n try: pass\n except* E:\n  return __debug__",
        "def f():\n try: pass\n except* E:\n  return (\n  1)",
        "def f():\n try: pass\n except* E:\n  try:\n   return 1\n  finally:\n   pass",
        "def f():\n try: pass\n except* E:\n  try:\n   break\n  finally:\n   pass",
        "def f():\n try: pass\n except* E:\n  for x in y: break",
        "def f():\n for x in y:\n  try: pass\n  except* E:\n   continue",
        "def f():\n try: pass\n except* E:\n  with a:\n   return",
        "for x in y:\n try: pass\n except* E: pass\n else: break",
        "for x in y:\n try: pass\n except* E: pass\n finally: break",
        // async
        "[x async for x in y]",
        "def f(): [x async for x in y]",
        "def f(): return (x async for x in y)",
        "def f(): [await x for x in y]",
        "def f(): [x for x in await y]",
        "class C: [await x for x in y]",
        "[x for x in y for z in await w]",
        "def f(): [(x, y) async for x in y for z in [await w]]",
        "[[x async for x in y] for z in w]",
        "def f():\n return [[x async for x in y] for z in w]",
        "class C:\n [x async for x in y]",
        "class C[T]:\n [x async for x in y]",
        "lambda: [x async for x in y]",
        "async def f():\n return [[x async for x in y] for z in w]",
        "async def f():\n def g(): return {x: y async for x, y in z}",
        "def f():\n return ([x async for x in y] for z in w)",
        "async for x in y: pass",
        "async with x: pass",
        "def f():\n async for x in y: pass",
        "def f():\n async with x: pass",
        "async def f():\n async with a, b as c:\n  async for x in c: pass",
        // starred targets
        "*a, *b = c",
        "[*a, *b] = c",
        "a, [*b, *c] = d",
        "for *a, *b in c: pass",
        "*a = 1",
        "*a",
        "x = *a",
        "return *a, b",
        "print(*a)",
        "f(*a, *b, **c, **d)",
        "a[*b] = c",
        "{*a, *b}",
        "with a as (*b, *c): pass",
        // __debug__
        "__debug__ = 1",
        "def f(__debug__): pass",
        "del __debug__",
        "x.__debug__ = 1",
        "f(__debug__=1)",
        "(__debug__ := 1)",
        "(__debug__ := (yield))",
        "__debug__ += 1",
        "__debug__ += (yield)",
        "x.__debug__ += 1",
        "__debug__: int",
        "__debug__: int = 1",
        "x.__debug__: int",
        "x.__debug__: int = 1",
        "import __debug__",
        "import a as __debug__",
        "import __debug__.a",
        "from a import __debug__",
        "from a import b as __debug__",
        "def __debug__(): pass",
        "def __debug__():\n break",
        "class __debug__: pass",
        "for __debug__ in x: pass",
        "with x as __debug__: pass",
        "try: pass\nexcept E as __debug__: pass",
        "[1 for __debug__ in x]",
        "def f[__debug__](): pass",
        "type __debug__ = int",
        "lambda __debug__: 1",
        "def f(*, __debug__): pass",
        "def f(*__debug__): pass",
        "def f(**__debug__): pass",
        "def f(a, /, __debug__): pass",
        "del x.__debug__",
        "x.\\\n  __debug__ = 1",
        "global __debug__",
        "class C(__debug__=1): pass",
        "class C(__debug__=1):\n break",
        "print(__debug__)",
        // keywords
        "f(a=1, a=2)",
        "f(a=1, b=2, a=3, b=4)",
        "class C(a=1, a=2): pass",
        "class C(a=1, a=1): break",
        "f((yield), a=1, a=2)",
        "(yield)(a=1, a=2)",
        "(yield).m(a=1, a=2)",
        "o.m(a=1, a=2)",
        "o.m(__debug__=1)",
        "f(**(yield), a=1, a=1)",
        // future imports
        "x=1\nfrom __future__ import annotations",
        "'''doc'''\nfrom __future__ import annotations",
        "from __future__ import annotations; from __future__ import division",
        "import os; from __future__ import annotations",
        "def f():\n from __future__ import annotations",
        "if x:\n from __future__ import division",
        "from __future__ import annotations\nx: (yield)",
        "from __future__ import annotations\ndef f(x: (yield) = 1): pass",
        // try/except
        "try: pass\nexcept: pass\nexcept E: pass",
        "try: pass\nexcept:\n  break\nexcept E: pass",
        "try: pass\nexcept E:\n  break\nexcept: pass\nexcept F: pass",
        "try: pass\nexcept: pass\nexcept: pass\nfinally: pass",
        // match
        "match x:\n case y: pass\n case 1: pass",
        "match x:\n case _: pass\n case 1: pass",
        "match x:\n case y if y: pass\n case 1: pass",
        "match x:\n case 1: pass\n case _: pass",
        "match x:\n case _: pass",
        "match x:\n case y: pass",
        "match x:\n case [a, a]: pass",
        "match x:\n case [a] | (b): pass",
        "match x:\n case [a, b] | [b, a]: pass",
        "match x:\n case [a] | [a, b]: pass",
        "match x:\n case {f\"a\": 1}: pass",
        "match x:\n case {\"a\": 1, \"a\": 2}: pass",
        "match x:\n case {1: a, True: b}: pass",
        "match x:\n case {-0: a, 0.0: b}: pass",
        "match x:\n case {1+2j: a, 1+2j: b}: pass",
        "match x:\n case {-1-2j: a, -1-2j: b}: pass",
        "match x:\n case {-2j: a, -2j: b}: pass",
        "match x:\n case {0j: a, 0: b}: pass",
        "match x:\n case {b\"x\": a, b\"x\": b}: pass",
        "match x:\n case {1.5: a, 1.50: b}: pass",
        "match x:\n case {1e16: a, 1e16: b}: pass",
        "match x:\n case {1e-5: a, 0.00001: b}: pass",
        "match x:\n case {1e999: a, 1e999: b}: pass",
        "match x:\n case {100000000000000000000: a, 1e20: b}: pass",
        "match x:\n case {None: a, None: b}: pass",
        "match x:\n case {'it''s': a, \"it's\": b}: pass",
        "match x:\n case {'\\n\\x00é\\u200b': a, '\\n\\x00é\\u200b': b}: pass",
        "match x:\n case {a.b: 1, a.b: 2}: pass",
        "match x:\n case {1: a, 2: b}: pass",
        "match x:\n case C(x=1, x=2): pass",
        "match x:\n case C(x=1, y=2, x=3): pass",
        "match x:\n case f\"x\": pass",
        "match x:\n case -1 | 1+2j | 'a' 'b' | b'c' | a.b: pass",
        "match x:\n case C(__debug__=1): pass",
        "match x:\n case __debug__: pass",
        "match x:\n case [*a, *b]: pass",
        "match x:\n case [*_, *_]: pass",
        "match x:\n case _ | 1: pass",
        "match x:\n case a | 1: pass",
        "match x:\n case 1 | a: pass",
        "match x:\n case (a as b) | 1: pass",
        "match x:\n case [a] as a: pass",
        "match x:\n case [a] | [a] as a: pass",
        "match x:\n case [a, [a] | [a]]: pass",
        "match x:\n case {'k': a, **a}: pass",
        "match x:\n case x as y:\n  pass\n case 2: pass",
        "match x:\n case [y]: break\n case z: pass",
        "match x:\n case [y] if (yield): pass",
        "match (yield):\n case y: pass\n case 1: pass",
        "match x:\n case 1: pass\n case _ if (yield): pass",
        "match x:\n case C(a, b, c=[d, *e], f={'g': h, **i}): pass",
        "match x:\n case [1, *_, 2]: pass",
        "match x:\n case [_, _, *_]: pass",
        "match x:\n case (é | é): pass\n case 2: pass",
        // ordering between definitions, annotations, defaults
        "class C((yield)):\n break",
        "class C(a=(yield), a=1): pass",
        "def f(x: (yield), y: (await z)): pass",
        "def f(x, /, y: (await z), z: (yield)): pass",
        "def f(x: (yield)) -> (await z): pass",
        "def f(*args: *(yield)): pass",
        "def f(**kw: (yield)) -> (await z): pass",
        "@(yield)\ndef f(x=(await y)): pass",
        "def f(x=(yield), *, y=(await z)): pass",
        "def f(*, y=(await z), x=(yield)): pass",
        "lambda x=(yield): (await y)",
        "x: (yield)",
        "x.y: (await z)",
        "x[(yield)]: int",
        "x[1:(yield)]: int",
        "x[a, (yield)]: int",
        "(x): (yield)",
        "x: int = (yield)",
        "assert (yield), (await x)",
        "assert x, (await x)",
        "for x in (yield): break\nelse: continue",
        "raise (yield) from (await x)",
        "del (yield).x",
        "x = {(yield): (await y), **(await z)}",
        "f'{(yield)}{(await x)}'",
        "f'{x:{(yield)}}'",
        "a[(yield):(await b)]",
        "(yield) if (await x) else z",
        "x < (yield) < (await z)",
        "type A[T: int] = (lambda __debug__: 1)",
        "def f[T: (lambda: (await x))](): pass",
        "class C:\n def f(self):\n  return __class__",
        "try:\n pass\nexcept (yield) as e:\n break",
        "with (yield) as x: pass",
        "import a.b.c as d, e.f",
        "from . import *",
        // scopes that reset or keep the compiler's state
        "class C: [x for x in (yield)]",
        "[x for x in (yield)]",
        "def f():\n [y := x for x in z]\n return y",
        "async def f(): lambda x=await y: x",
        "async def f(): lambda: [x async for x in y]",
        "class C:\n x: (yield)",
        "async def f():\n class C:\n  x: (await y)",
        "async def f():\n def g(x: (await y)): pass",
        "def f():\n class C:\n  return",
        "def f[T]():\n return 1\n yield",
        "type A = lambda: (yield)",
        "try: pass\nexcept* E:\n def g():\n  return 1",
        "try: pass\nexcept* E:\n lambda: (yield)",
        "def f():\n for x in y:\n  try: pass\n  except* E:\n   [x for x in y]",
        "async def f():\n [await x async for x in y]",
        "while True:\n try:\n  pass\n finally:\n  break",
        "match x:\n case 1 if (yield): pass",
        "match x:\n case {**rest}: pass",
        "with a as b, c as b: pass",
        "class C[T]:\n [x for x in y if (await z)]",
        "for x, *y, *z in w: pass",
        "a, *b = *c, d",
        "(x async for x in y)",
        "async def f():\n return (x async for x in y)",
        "def f():\n yield\n return [x async for x in y]",
        "async def f():\n for x in y:\n  continue\n else:\n  return",
        "def f():\n with a:\n  for x in y:\n   try:\n    continue\n   finally:\n    return 1",
        "x = 0\nmatch x:\n case 0 | 1 | _: pass",
        "match x:\n case (0 | _) | 1: pass",
        "match x:\n case [_] | _: pass\n case 1: pass",
        "match x:\n case C(_, y=_): pass\n case z: pass",
        "def f():\n global x\n x: int = 1",
        "f(x for x in y)",
        "f(*(await x))",
        "def g():\n f(*(await x))",
        // non-ASCII columns: CPython reports byte offsets
        "é = 1; return",
        "x = 'é'; break",
        "match x:\n case {'é': a, 'é': b}: pass",
        "s = 'ü'; x.__debug__ = 1",
        // symtable errors come first
        "return\nnonlocal x",
        "def f(__debug__, __debug__): pass",
        "break\n[(yield) for x in y]",
        "class C[T]((yield)): break",
    };

    private static final List<String> SNIPPETS = snippets();

    private static List<String> snippets() {
        List<String> all = new ArrayList<>(List.of(FIXED));
        all.add(nest(20, "for x in y:", "pass"));
        all.add(nest(21, "for x in y:", "pass"));
        all.add(nest(21, "while x:", "pass"));
        all.add(nest(21, "with x:", "pass"));
        all.add(nest(20, "for x in y:", "for x in (yield): pass"));
        all.add("async def f():\n" + indent(nest(20, "for x in y:", "async for x in (yield from y): pass")));
        all.add("async def f():\n" + indent(nest(20, "for x in y:", "async with (yield from y): pass")));
        all.add("async def f():\n" + indent(nest(20, "for x in y:", "[x async for x in y]")));
        all.add("async def f():\n" + indent(nest(19, "for x in y:", "[x async for x in y]")));
        all.add("with a, b, c:\n" + indent(nest(18, "for x in y:", "pass")));
        all.add("with a, b, c:\n" + indent(nest(17, "for x in y:", "pass")));
        all.add("try: pass\nexcept:\n" + indent(nest(18, "for x in y:", "pass")));
        all.add("try: pass\nexcept:\n" + indent(nest(19, "for x in y:", "pass")));
        all.add("try: pass\nfinally:\n" + indent(nest(19, "for x in y:", "pass")));
        all.add("try: pass\nfinally:\n" + indent(nest(20, "for x in y:", "pass")));
        all.add("def f():\n yield\n" + indent(nest(20, "for x in y:", "pass")));
        all.add("def f():\n" + indent(nest(19, "for x in y:", "try:\n return x\nfinally:\n pass")));
        all.add("def f():\n" + indent(nest(18, "for x in y:", "try:\n return x\nfinally:\n for z in w: pass")));
        all.add("def f():\n" + indent(nest(18, "for x in y:", "try:\n return 1\nfinally:\n for z in w: pass")));
        all.add(nest(12, "try:\n pass\nfinally:", "break"));
        all.add(nest(30, "try:\n return 1\nfinally:", "pass"));
        all.add(nest(12, "try:\n pass\nfinally:", nest(12, "for x in y:", "pass")));
        all.add(starredAfter(255) + " = x");
        all.add(starredAfter(256) + " = x");
        all.add("match x:\n case [" + starredAfter(255) + "]: pass");
        all.add("match x:\n case [" + starredAfter(256) + "]: pass");
        all.add("match x:\n case [" + starredAfter(256).replace("*rest", "*_") + "]: pass");
        return all;
    }

    /** {@code count} nested blocks opened by {@code head} (which may span lines), then {@code inner}. */
    private static String nest(int count, String head, String inner) {
        String body = inner;
        for (int i = 0; i < count; i++) {
            body = head + "\n" + indent(body);
        }
        return body;
    }

    private static String indent(String text) {
        return " " + text.replace("\n", "\n ");
    }

    private static String starredAfter(int names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names; i++) {
            out.append('a').append(i).append(", ");
        }
        return out.append("*rest").toString();
    }

    private List<CPythonOracle.Result> cpython;

    @BeforeAll
    void runCPythonOnce() {
        assumeTrue(CPythonOracle.available(), "CPython 3.12.1 not installed");
        cpython = CPythonOracle.runAll(SNIPPETS);
    }

    static IntStream snippetIndices() {
        return IntStream.range(0, SNIPPETS.size());
    }

    @ParameterizedTest
    @MethodSource("snippetIndices")
    void matchesCPython(int index) {
        String source = SNIPPETS.get(index);
        String ours;
        try {
            SemanticAnalysis.analyze(cpython.get(index).module(), SourceText.decode(source.getBytes(StandardCharsets.UTF_8)), "f.py");
            ours = "ok";
        } catch (PythonSyntaxError e) {
            ours = describe(e);
        }
        assertEquals(cpython.get(index).compile(), ours, source);
    }

    static String describe(PythonSyntaxError e) {
        return "error " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " " + e.endOffset() + " " + e.msg();
    }
}
