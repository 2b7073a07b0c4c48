package dev.molt.compiler.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Stmt;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written expectations (values checked once against CPython 3.12.1's symtable module). */
class SymbolTableTest {

    private static Module parse(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.UTF_8), "f.py");
    }

    private static SourceText text(String source) {
        return SourceText.decode(source.getBytes(StandardCharsets.UTF_8));
    }

    private static SymbolTable table(String source) {
        return SymbolTable.build(parse(source), text(source), "f.py");
    }

    private static PythonSyntaxError error(String source) {
        Module module = parse(source);
        return assertThrows(PythonSyntaxError.class, () -> SymbolTable.build(module, text(source), "f.py"));
    }

    private static void assertError(String source, String message, int lineno, int offset, int endOffset) {
        PythonSyntaxError e = error(source);
        assertEquals(PythonSyntaxError.Kind.SyntaxError, e.kind());
        assertEquals(message, e.msg());
        assertEquals(lineno, e.lineno());
        assertEquals(offset, e.offset());
        assertEquals(endOffset, e.endOffset());
    }

    @Test
    void closureMakesCellAndFree() {
        SymbolTable t = table("def f():\n x = 1\n def g(): return x\n return g");
        Scope f = t.top().children().get(0);
        Scope g = f.children().get(0);
        assertEquals(ScopeType.FUNCTION, f.type());
        assertEquals(SymbolScope.CELL, f.lookup("x").scope());
        assertTrue(f.lookup("x").isAssigned());
        assertEquals(SymbolScope.FREE, g.lookup("x").scope());
        assertTrue(g.lookup("x").isReferenced());
        assertTrue(g.isNested());
        assertFalse(f.isNested());
        assertEquals(3, g.lineno());
        assertEquals(SymbolScope.LOCAL, f.lookup("g").scope());
        assertTrue(t.top().lookup("f").isGlobal());
    }

    @Test
    void classBodyNamesAreInvisibleToMethods() {
        SymbolTable t = table("class C:\n x = 1\n def m(self): return x + super().y");
        Scope c = t.top().children().get(0);
        Scope m = c.children().get(0);
        assertEquals(SymbolScope.LOCAL, c.lookup("x").scope());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, m.lookup("x").scope());
        assertEquals(SymbolScope.FREE, m.lookup("__class__").scope());
        assertNull(c.lookup("__class__"));
        assertTrue(c.needsClassClosure());
        assertEquals(List.of("self"), m.parameters());
    }

    @Test
    void listComprehensionIsInlinedGeneratorIsNot() {
        SymbolTable t = table("def f(xs):\n a = [x for x in xs]\n b = (y for y in xs)");
        Scope f = t.top().children().get(0);
        assertEquals(1, f.children().size());
        Scope genexpr = f.children().get(0);
        assertEquals("genexpr", genexpr.name());
        assertEquals(ComprehensionKind.GENERATOR, genexpr.comprehension());
        assertTrue(genexpr.isGenerator());
        assertTrue(genexpr.lookup(".0").isParameter());
        assertTrue(f.lookup("x").isComprehensionIterationVariable());
        assertEquals(SymbolScope.LOCAL, f.lookup("x").scope());
    }

    @Test
    void walrusInComprehensionBindsInEnclosingFunction() {
        SymbolTable t = table("def f():\n [(y := x) for x in range(3)]\n return y");
        Scope f = t.top().children().get(0);
        assertTrue(f.lookup("y").isAssigned());
        assertEquals(SymbolScope.LOCAL, f.lookup("y").scope());
    }

    @Test
    void genericFunctionGetsTypeParameterScope() {
        Module module = parse("def f[T: int](x: T) -> T: return x");
        SymbolTable t = SymbolTable.build(module, null, "f.py");
        Stmt.FunctionDef def = (Stmt.FunctionDef) module.body().get(0);
        Scope params = t.scopeOf(def.typeParams());
        assertEquals(ScopeType.TYPE_PARAMETERS, params.type());
        assertTrue(params.lookup("T").isTypeParameter());
        assertEquals(ScopeType.TYPE_VAR_BOUND, params.children().get(0).type());
        Scope f = t.scopeOf(def);
        assertEquals(params.children().get(1), f);
        assertTrue(f.isNested());
    }

    @Test
    void dumpIsReadable() {
        SymbolTable t = table("def f(a, *b):\n return a");
        assertEquals("module top line 0\n"
                + "  f: LOCAL DEF_LOCAL\n"
                + "  function f line 1 varargs\n"
                + "    a: LOCAL DEF_PARAM|USE\n"
                + "    b: LOCAL DEF_PARAM\n", SymbolTableDump.dump(t));
    }

    @Test
    void globalAndNonlocalErrors() {
        assertError("def f():\n x = 1\n global x", "name 'x' is assigned to before global declaration", 3, 2, 10);
        assertError("def f():\n x\n global x", "name 'x' is used prior to global declaration", 3, 2, 10);
        assertError("def f(x):\n global x", "name 'x' is parameter and global", 2, 2, 10);
        assertError("def f(x):\n nonlocal x", "name 'x' is parameter and nonlocal", 2, 2, 12);
        assertError("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1, 11);
        assertError("def f(): nonlocal x", "no binding for nonlocal 'x' found", 1, 10, 20);
        assertError("def f():\n global x\n nonlocal x", "name 'x' is nonlocal and global", 2, 2, 10);
        assertError("def f():\n global x\n x: int", "annotated name 'x' can't be global", 3, 2, 8);
        assertError("def f[T](): nonlocal T", "nonlocal binding not allowed for type parameter 'T'", 1, 13, 23);
    }

    @Test
    void definitionErrors() {
        assertError("def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10, 11);
        assertError("def f[T, T](): pass", "duplicate type parameter 'T'", 1, 10, 11);
        assertError("def f():\n from x import *", "import * only allowed at module level", 2, 16, 17);
        assertError("from __future__ import braces", "not a chance", 1, 1, 0);
    }

    @Test
    void comprehensionErrors() {
        assertError("[(yield) for x in y]", "'yield' inside list comprehension", 1, 3, 8);
        assertError("((yield) for x in y)", "'yield' inside generator expression", 1, 3, 8);
        assertError("def f():\n [x for x in (y:=z)]",
                "assignment expression cannot be used in a comprehension iterable expression", 2, 15, 19);
        assertError("[x for x in y if (x := 1)]",
                "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 19, 20);
        assertError("def f():\n [i for i in range(3) if (j := 0) for j in range(3)]",
                "comprehension inner loop cannot rebind assignment expression target 'j'", 2, 39, 40);
        assertError("class C:\n [(y:=1) for x in z]",
                "assignment expression within a comprehension cannot be used in a class body", 2, 4, 5);
        assertError("type A = (yield)", "yield expression cannot be used within a type alias", 1, 11, 16);
    }

    @Test
    void offsetsCountBytesLikeCPython() {
        // CPython's symtable reports col_offset + 1 in UTF-8 bytes: 'global' is the 9th character, 10th byte.
        assertError("def f():\n é = 1; global é", "name 'é' is assigned to before global declaration", 2, 10, 19);
        assertEquals(" é = 1; global é", error("def f():\n é = 1; global é").lineText());
    }
}
