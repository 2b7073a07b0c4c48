package dev.molt.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.molt.compiler.ast.AstDump;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Span;
import dev.molt.compiler.ast.Stmt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ParserTest {

    private static Module parse(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.UTF_8), "<test>");
    }

    private static String outcome(String source) {
        try {
            return AstDump.dump(parse(source));
        } catch (PythonSyntaxError e) {
            return "ERROR " + e.kind() + ": " + e.msg() + " " + e.lineno() + " " + e.offset() + " "
                    + e.endLineno() + " " + e.endOffset();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.molt.compiler.syntax.ParserCases#cases")
    void matchesCPython(String source, String expected) {
        assertEquals(expected, outcome(source));
    }

    @Test
    void binaryOperationStartsAtTheOpeningParenthesisOfItsLeftOperand() {
        Stmt.Expr stmt = (Stmt.Expr) parse("(a + b) * c\n").body().get(0);
        Expr.BinOp product = (Expr.BinOp) stmt.value();
        assertEquals(new Span(1, 0, 1, 11), product.span());
        assertEquals(new Span(1, 1, 1, 6), product.left().span());
    }

    @Test
    void columnsCountUtf8Bytes() {
        Stmt.Assign assign = (Stmt.Assign) parse("é = 'ü' + x\n").body().get(0);
        Expr.BinOp sum = (Expr.BinOp) assign.value();
        assertEquals(new Span(1, 5, 1, 13), sum.span());
        assertEquals(new Span(1, 12, 1, 13), sum.right().span());
    }

    @Test
    void identifiersAreNfkcNormalised() {
        Stmt.Expr stmt = (Stmt.Expr) parse("ﬁle\n").body().get(0);
        assertEquals("file", ((Expr.Name) stmt.value()).id());
    }

    @Test
    void softKeywordsStayNamesOutsideTheirStatements() {
        Module module = parse("match = case = type = _ = 1\nmatch(x)\ntype(y)\n");
        assertEquals(3, module.body().size());
        assertEquals(4, ((Stmt.Assign) module.body().get(0)).targets().size());
    }

    @Test
    void deepUnaryChainIsRejectedNotOverflowed() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> parse("-".repeat(100_000) + "x"));
        assertEquals("Parser stack overflowed - Python source too complex to parse", e.msg());
    }

    @Test
    void longLeftAssociativeChainHitsTheAstDepthLimit() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> parse("x" + "+x".repeat(5000)));
        assertEquals("maximum recursion depth exceeded during ast construction", e.msg());
        parse("x" + "+x".repeat(2000));
    }

    @Test
    void astDepthLimitMatchesCPythonForUnaryChains() {
        parse("-".repeat(2993) + "x");
        assertThrows(PythonSyntaxError.class, () -> parse("-".repeat(2994) + "x"));
    }

    @Test
    void manyNestedParenthesesAreATokenizerError() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> parse("(".repeat(100_000)));
        assertEquals("too many nested parentheses", e.msg());
    }

    @Test
    void deeplyNestedBracketsWithinTheLimitParse() {
        Module module = parse("[".repeat(199) + "]".repeat(199) + "\n");
        assertEquals(1, module.body().size());
    }
}
