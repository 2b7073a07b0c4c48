package dev.molt.compiler.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.molt.compiler.ast.Arguments;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Span;
import dev.molt.compiler.ast.Stmt;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.SourceText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written expectations (values checked once against CPython 3.12.1's compile()). */
class CompileChecksTest {

    private static Module parse(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.UTF_8), "f.py");
    }

    private static SourceText text(String source) {
        return SourceText.decode(source.getBytes(StandardCharsets.UTF_8));
    }

    private static PythonSyntaxError error(String source) {
        Module module = parse(source);
        return assertThrows(PythonSyntaxError.class,
                () -> SemanticAnalysis.analyze(module, text(source), "f.py"));
    }

    @Test
    void breakOutsideLoopCarriesLocationAndLine() {
        PythonSyntaxError e = error("x = 1\nif x:\n    break");
        assertEquals(PythonSyntaxError.Kind.SyntaxError, e.kind());
        assertEquals("'break' outside loop", e.msg());
        assertEquals(3, e.lineno());
        assertEquals(5, e.offset());
        assertEquals(3, e.endLineno());
        assertEquals(10, e.endOffset());
        assertEquals("    break", e.lineText());
    }

    @Test
    void offsetsCountUtf8BytesAsCPythonDoes() {
        PythonSyntaxError e = error("é = 1; return");
        assertEquals("'return' outside function", e.msg());
        assertEquals(9, e.offset());
        assertEquals(15, e.endOffset());
    }

    @Test
    void symtableErrorsComeBeforeCompileErrors() {
        PythonSyntaxError e = error("return\ndef f():\n x = 1\n global x");
        assertEquals("name 'x' is assigned to before global declaration", e.msg());
        assertEquals(4, e.lineno());
    }

    @Test
    void exitThroughFinallyIsReportedWithoutLocation() {
        PythonSyntaxError e = error("def f():\n try: pass\n except* E:\n  with a:\n   return");
        assertEquals("'break', 'continue' and 'return' cannot appear in an except* block", e.msg());
        assertEquals(-1, e.lineno());
        assertEquals(0, e.offset());
        assertNull(e.lineText());
    }

    @Test
    void matchReportsTheRepeatedKeyAsPythonPrintsIt() {
        assertEquals("mapping pattern checks duplicate key (-1.5)",
                error("match x:\n case {-1.5: a, -1.50: b}: pass").msg());
        assertEquals("mapping pattern checks duplicate key (\"it's\")",
                error("match x:\n case {\"it's\": a, 'it\\'s': b}: pass").msg());
        assertEquals("name capture 'y' makes remaining patterns unreachable",
                error("match x:\n case y: pass\n case 1: pass").msg());
    }

    @Test
    void analyzeReturnsTheSymbolTable() {
        SymbolTable table = SemanticAnalysis.analyze(parse("def f():\n for x in y:\n  break"), null, "f.py");
        assertEquals("f", table.top().children().get(0).name());
    }

    /**
     * CPython recompiles a finally body for every exit through it, which takes exponential time
     * (14 nested levels take it 100 s); we must stay fast and still find the nesting limit.
     */
    @Test
    void deeplyNestedFinallyBlocksStayFast() {
        Module module = nestedTryFinally(80);
        PythonSyntaxError e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(PythonSyntaxError.class, () -> SemanticAnalysis.analyze(module, null, "f.py")));
        assertEquals("too many statically nested blocks", e.msg());
    }

    /** def f(): try: return x / finally: try: return x / finally: ... */
    private static Module nestedTryFinally(int levels) {
        List<Stmt> body = List.of(new Stmt.Pass(new Span(levels + 2, 0, levels + 2, 4)));
        for (int line = levels + 1; line >= 2; line--) {
            Span span = new Span(line, 0, levels + 2, 4);
            Stmt ret = new Stmt.Return(new dev.molt.compiler.ast.Expr.Name("x", ExprContext.Load,
                    new Span(line, 7, line, 8)), new Span(line, 0, line, 8));
            body = List.of(new Stmt.Try(List.of(ret), List.of(), List.of(), body, span));
        }
        Arguments none = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        Stmt def = new Stmt.FunctionDef("f", none, body, List.of(), null, null, List.of(),
                new Span(1, 0, levels + 2, 4));
        return new Module(new ArrayList<>(List.of(def)), List.of());
    }
}
