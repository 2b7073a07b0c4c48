package dev.molt.compiler.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.compiler.syntax.PythonSyntaxError;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tricky scoping and every symtable-stage error, each compared whole (all scopes, all flags; or the
 * error's message, line, offset and end) with what CPython 3.12.1 computes for the same source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SymbolTableOracleTest {

    private static final String[] SNIPPETS = {
        // closures, cells, free variables through several levels
        "def f():\n x = 1\n def g():\n  def h(): return x\n  return h\n return g",
        "def f(x):\n class C:\n  x = x\n  def m(self): return x\n return C",
        "class C:\n def m(self): return super().m()\n def n(self): return __class__",
        "class C:\n x = 1\n y = [x for _ in range(3)]\n z = (x for _ in range(3))",
        "def f():\n a = 1\n return [lambda: a for a in range(3)]",
        "def f(xs):\n return [[y for y in x] for x in xs]",
        "def f(xs):\n return {k: v for k, v in xs}, {x for x in xs}",
        "def f():\n [(y := x) for x in range(3)]\n return y",
        "[(y := x) for x in range(3)]",
        "def f():\n global g\n [(g := x) for x in range(3)]",
        "def f():\n x = 1\n def g():\n  nonlocal x\n  x = 2\n  del x",
        "import a.b.c\nimport d.e as f\nfrom g import h as i, j\nfrom . import k",
        "try:\n pass\nexcept E as e:\n pass\nelse:\n def late(): pass\nfinally:\n q = 1",
        "with a as (b, c), d as e.f: pass",
        "match p:\n case [x, *rest]: pass\n case {'k': v, **kw}: pass\n case C(a, b=y) | D(a, b=y): pass\n case _ as z: pass",
        "def f(a, /, b, *c, d, e=1, **g): pass",
        "async def f():\n async with a as b:\n  async for c in d:\n   await c\n return [x async for x in b]",
        "def g():\n yield 1\n yield from g()",
        "x: int = 1\ny: list[int]\n(z): int = 2\nw.a: int",
        "from __future__ import annotations\ndef f(x: int) -> C: y: str = 1",
        "class __P:\n __x = 1\n def __m(self): return self.__y + __z\n import __w",
        "def f[T: int, *Ts, **P](x: T) -> T: return x",
        "class C[T](Base[T], metaclass=M):\n def m[U](self, u: U = None) -> T: pass",
        "class C:\n type A[T] = list[T]\n type B = C\n def m[T: B](self): pass",
        "type Alias[K, V: dict] = dict[K, V]",
        "def outer():\n x = 1\n class C:\n  x = 2\n  def m[T](self): return x",
        "def f():\n def g(): return __class__",
        "class C:\n [super() for x in y]",
        "class C:\n def f(self):\n  return [super().g() for x in y]",
        "def f():\n x = 1\n [[x for a in b] for c in d]\n return lambda: x",
        "def f():\n [x for x in y]\n x = 1",
        "lambda x, *a, k=1, **kw: x + k",
        "def f(a=lambda: b, *, c=d): pass",
        "@dec(x)\ndef f[T](a=1, *, b=c) -> T: pass",
        "global x\nx = 1\ndef f():\n global y\n y = 2",
        "def f():\n nonlocal_x = 1\n def g():\n  global nonlocal_x",
        "x = [i for i in range(3) if i for j in range(i)]",
        "x = {(i, j) async for i in a for j in b}",
        // symtable-stage errors
        "def f():\n x = 1\n global x",
        "def f():\n print(x)\n global x",
        "def f(x):\n global x",
        "def f():\n x: int\n global x",
        "def f():\n global x\n x: int",
        "def f():\n x = 1\n def g():\n  x = 2\n  nonlocal x",
        "def f():\n x = 1\n def g():\n  print(x)\n  nonlocal x",
        "def f(x):\n nonlocal x",
        "def f():\n x = 1\n def g():\n  nonlocal x\n  x: int",
        "nonlocal x",
        "class C:\n nonlocal x",
        "def f():\n nonlocal x",
        "def f():\n global x\n nonlocal x",
        "def f(a, b, a): pass",
        "def f(a, *, a): pass",
        "lambda a, **a: 1",
        "def f[T, T](): pass",
        "class C[T, *T]: pass",
        "def f[T](): nonlocal T",
        "def f():\n from m import *",
        "class C:\n from m import *",
        "[(yield) for x in y]",
        "{(yield x) for x in y}",
        "{x: (yield from z) for x in y}",
        "list((yield) for x in y)",
        "def f():\n [x for x in (y := z)]",
        "def f():\n [x for x in z for w in (lambda: (y := 1))()]",
        "def f():\n [x for x in y if (x := 1)]",
        "def f():\n [i for i in range(3) if (j := 0) for j in range(3)]",
        "class C:\n [(y := 1) for x in z]",
        "class C[T]: [(y := 1) for x in z]",
        "type A = [(y := 1) for x in z]",
        "def f[T: [(y := 1) for x in z]](): pass",
        "from __future__ import annotations\nx: (y := 1)",
        "from __future__ import annotations\ndef f(x: (yield)): pass",
        "from __future__ import annotations\ndef f() -> (await x): pass",
        "def f[T: (yield)](): pass",
        "type A = (yield)",
        "type A[T] = (await x)",
        "class C[T]((x := 1)): pass",
        "def f[T]() -> (x := 1): pass",
        "def f():\n é = 1; global é",
        "from __future__ import braces",
        "from __future__ import nope",
        "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division\nx: y",
    };

    private List<CPythonOracle.Result> cpython;

    @BeforeAll
    void runCPythonOnce() {
        assumeTrue(CPythonOracle.available(), "CPython 3.12.1 not installed");
        cpython = CPythonOracle.runAll(List.of(SNIPPETS));
    }

    static IntStream snippetIndices() {
        return IntStream.range(0, SNIPPETS.length);
    }

    @ParameterizedTest
    @MethodSource("snippetIndices")
    void matchesCPython(int index) {
        CPythonOracle.Result expected = cpython.get(index);
        List<String> ours;
        try {
            ours = CanonicalForm.of(SymbolTable.build(expected.module(), null, "f.py"));
        } catch (PythonSyntaxError error) {
            ours = CanonicalForm.of(error);
        }
        assertEquals(String.join("\n", expected.symtable()), String.join("\n", ours), SNIPPETS[index]);
    }
}
