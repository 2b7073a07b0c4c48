package dev.molt.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.semantic.SemanticAnalysis;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.PythonSyntaxError.Kind;
import dev.molt.compiler.syntax.SourceText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Input built to break a parser: absurd nesting, huge files, bytes that are not UTF-8. Each case must
 * end the way CPython 3.12.1's {@code ast.parse(source_bytes)} ends (the expectations were taken from
 * it) — a syntax error with CPython's class, message and line, or a parse — in bounded time, and never
 * in a StackOverflowError or OutOfMemoryError. Where CPython gives up with MemoryError ("Parser stack
 * overflowed") or a RecursionError ("maximum recursion depth exceeded during ast construction"), we
 * raise a SyntaxError with that same message. These are no-hang guards, not speed tests.
 */
class HostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String TOO_COMPLEX = "Parser stack overflowed - Python source too complex to parse";
    private static final String TOO_DEEP = "maximum recursion depth exceeded during ast construction";
    private static final String NESTED_PARENS = "too many nested parentheses";
    private static final String NULL_BYTES = "source code string cannot contain null bytes";

    // ---- brackets

    @Test
    void megabyteOfOpenParentheses() {
        assertSyntaxError("(".repeat(1 << 20), Kind.SyntaxError, NESTED_PARENS, 1);
    }

    @Test
    void megabyteOfOpenSquareBrackets() {
        assertSyntaxError("[".repeat(1 << 20), Kind.SyntaxError, NESTED_PARENS, 1);
    }

    @Test
    void mixedBracketsNestedTooDeep() {
        assertSyntaxError("x = " + "([{".repeat(100_000), Kind.SyntaxError, NESTED_PARENS, 1);
    }

    @Test
    void balancedBracketsNestedTooDeep() {
        assertSyntaxError("x = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n", Kind.SyntaxError,
                NESTED_PARENS, 1);
        assertSyntaxError("x = " + "{1:".repeat(100_000) + "1" + "}".repeat(100_000) + "\n", Kind.SyntaxError,
                NESTED_PARENS, 1);
    }

    @Test
    void twoHundredNestedBracketsAreStillAllowed() {
        assertParses("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n");
        assertParses("x = " + "[".repeat(199) + "1" + "]".repeat(199) + "\n");
        assertParses("x = " + "f(".repeat(199) + "1" + ")".repeat(199) + "\n");
        assertParses("x = " + "-(".repeat(199) + "1" + ")".repeat(199) + "\n");
    }

    @Test
    void malformedDeepNestingIsDiagnosedInBoundedTime() {
        // The error-hunting pass re-parses sub-expressions at each nesting level, which would be
        // exponential here; it gives up and the generic error stands, as CPython reports it.
        String source = "x = " + "[a -".repeat(150) + "a" + "]".repeat(150) + " b\n";
        assertSyntaxError(source, Kind.SyntaxError, "invalid syntax", 1);
    }

    // ---- indentation

    @Test
    void hundredNestedBlocksAreTooManyLevelsOfIndentation() {
        assertSyntaxError(nestedIfs(100, " "), Kind.IndentationError, "too many levels of indentation", 101);
        assertSyntaxError(nestedIfs(100, "\t"), Kind.IndentationError, "too many levels of indentation", 101);
    }

    @Test
    void thousandsOfNestedBlocks() {
        // 4,000 levels of one-space indentation is 8 MB; the error comes at level 100 all the same.
        assertSyntaxError(nestedIfs(4_000, " "), Kind.IndentationError, "too many levels of indentation", 101);
    }

    @Test
    void ninetyNineLevelsOfNestingRepeated() {
        // About 20,000 blocks, each time 99 levels deep, then all closed by one dedent storm.
        assertParses(nestedIfs(99, " ").repeat(200));
    }

    // ---- deep expressions

    @Test
    void deepUnaryMinus() {
        assertParses("x = " + "-".repeat(1_000) + "1\n");
        assertTooComplex("x = " + "-".repeat(100_000) + "1\n");
    }

    @Test
    void deepNot() {
        assertParses("x = " + "not ".repeat(1_000) + "y\n");
        assertTooComplex("x = " + "not ".repeat(100_000) + "y\n");
    }

    @Test
    void deepPower() {
        assertParses("x = " + "2**".repeat(1_000) + "2\n");
        assertTooComplex("x = " + "2**".repeat(100_000) + "2\n");
    }

    @Test
    void deepLambdaAndConditional() {
        assertTooComplex("x = " + "lambda: ".repeat(100_000) + "1\n");
        assertTooComplex("x = " + "a if b else ".repeat(100_000) + "c\n");
    }

    @Test
    void longTrailerChains() {
        assertTooDeep("x = a" + ".b".repeat(100_000) + "\n");
        assertTooDeep("x = f" + "()".repeat(100_000) + "\n");
        assertTooDeep("x = a" + "[0]".repeat(100_000) + "\n");
    }

    @Test
    void longOperatorChains() {
        assertTooDeep("x = a" + " + a".repeat(100_000) + "\n");
        assertParses("x = a" + " < a".repeat(100_000) + "\n");
        assertParses("x = a" + " and a".repeat(100_000) + "\n");
        assertParses("x = \"a\"" + " \"a\"".repeat(100_000) + "\n");
        assertParses("x = (" + "1, ".repeat(100_000) + ")\n");
    }

    @Test
    void awaitChainIsInvalidSyntax() {
        assertSyntaxError("x = " + "await ".repeat(100_000) + "1\n", Kind.SyntaxError, "invalid syntax", 1);
    }

    @Test
    void longElifChain() {
        assertParses("if a: pass\n" + "elif a: pass\n".repeat(1_000));
        assertTooComplex("if a: pass\n" + "elif a: pass\n".repeat(100_000));
    }

    /**
     * The deepest trees the parser accepts (one level more is too deep for CPython's AST
     * construction) must not overflow the recursive semantic passes on a small thread stack.
     */
    @Test
    void deepestAcceptedTreesPassTheSemanticPassesOnASmallStack() throws InterruptedException {
        List<IntFunction<String>> shapes = List.of(
                n -> "x = " + "-".repeat(n) + "1\n",
                n -> "x = a" + " + a".repeat(n) + "\n",
                n -> "x = a" + ".b".repeat(n) + "\n",
                n -> "x = f" + "()".repeat(n) + "\n",
                n -> "x = " + "lambda: ".repeat(n) + "1\n",
                n -> "x = " + "a if b else ".repeat(n) + "c\n",
                n -> "if a: pass\n" + "elif a: pass\n".repeat(n),
                n -> "def f():\n x = " + "lambda a: ".repeat(n - 2) + "a\n");
        int deepest = 2_993;
        for (IntFunction<String> shape : shapes) {
            assertTooDeep(shape.apply(deepest + 1));
            byte[] bytes = shape.apply(deepest).getBytes(StandardCharsets.UTF_8);
            Module module = parseWithinBound(bytes);
            SourceText text = SourceText.decode(bytes);
            Throwable[] failure = new Throwable[1];
            Thread small = new Thread(null, () -> {
                try {
                    SemanticAnalysis.analyze(module, text, "<hostile>");
                } catch (PythonSyntaxError | StackOverflowError e) {
                    failure[0] = e;
                }
            }, "small-stack", 512 * 1024);
            small.start();
            small.join(BOUND.toMillis());
            assertFalse(small.isAlive(), "semantic passes did not finish in time");
            assertNull(failure[0], () -> "semantic passes failed on " + shape.apply(1) + ": " + failure[0]);
        }
    }

    @Test
    void manyDecorators() {
        assertParses("@d\n".repeat(100_000) + "def f(): pass\n");
    }

    @Test
    void deeplyNestedFStrings() {
        assertParses("x = " + "f\"{".repeat(149) + "1" + "}\"".repeat(149) + "\n");
        assertSyntaxError("x = " + "f\"{".repeat(200) + "1" + "}\"".repeat(200) + "\n", Kind.SyntaxError,
                "too many nested f-strings", 1);
    }

    // ---- bytes that are not UTF-8

    @Test
    void invalidUtf8InAString() {
        assertSyntaxError(bytes("x = \"", 0xff, 0xfe, "\"\n"), Kind.SyntaxError,
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1);
    }

    @Test
    void invalidUtf8InAName() {
        assertSyntaxError(bytes("ab", 0xff, "cd = 1\n"), Kind.SyntaxError,
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 1);
    }

    @Test
    void invalidUtf8AtTopLevel() {
        assertSyntaxError(bytes(0xff, "\n"), Kind.SyntaxError,
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1);
        assertSyntaxError(bytes("a = 1\nb = 2\nc = \"", 0xc3, 0x28, "\"\n"), Kind.SyntaxError,
                "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte",
                3);
    }

    @Test
    void invalidUtf8InACommentIsIgnoredAsByCPython() {
        assertParses(bytes("# caf", 0xe9, "\nx = 1\n"));
        assertParses(bytes("x = 1  # ", 0xff, 0xfe, "\n"));
    }

    // ---- NUL bytes

    @Test
    void nulBytesAnywhere() {
        assertSyntaxError(bytes(0), Kind.SyntaxError, NULL_BYTES, 0);
        assertSyntaxError(bytes("x = \"a", 0, "b\"\n"), Kind.SyntaxError, NULL_BYTES, 0);
        assertSyntaxError(bytes("# hi", 0, "\nx = 1\n"), Kind.SyntaxError, NULL_BYTES, 0);
    }

    // ---- size

    @Test
    void fiftyMegabytesOfFunctions() {
        byte[] source = manyFunctions(50_000_000);
        Module module = parseWithinBound(source);
        assertNotNull(module, "a valid 50 MB file parses");
        assertEquals(functionCount(source), module.body().size());
    }

    @Test
    void veryLongSingleLines() {
        assertParses("x".repeat(10_000_000) + " = 1\n");
        assertParses("x = \"" + "a".repeat(10_000_000) + "\"\n");
        assertParses("#" + "a".repeat(10_000_000) + "\nx = 1\n");
        assertParses("x = [" + "12345, ".repeat(200_000) + "]\n");
    }

    // ---- helpers

    private static String nestedIfs(int depth, String unit) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            text.append(unit.repeat(level)).append("if x:\n");
        }
        return text.append(unit.repeat(depth)).append("pass\n").toString();
    }

    /**
     * Functions under long comment blocks: 50 MB of realistic source whose AST stays small enough
     * (about 50,000 functions) for the test to stay quick.
     */
    private static byte[] manyFunctions(int targetBytes) {
        String commentLine = "    # Look the record up, retrying transient failures; callers expect None when it is"
                + " absent and must not cache it.\n";
        StringBuilder text = new StringBuilder(targetBytes + 2048);
        for (int i = 0; text.length() < targetBytes; i++) {
            text.append("def handler_").append(i).append("(request, retries=3):\n")
                    .append(commentLine.repeat(8))
                    .append("    if request is None:\n        return None\n")
                    .append("    return request.lookup(").append(i).append(", retries)\n\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static int functionCount(byte[] source) {
        int count = 0;
        for (int i = 0; i + 4 <= source.length; i++) {
            if ((i == 0 || source[i - 1] == '\n') && source[i] == 'd' && source[i + 1] == 'e' && source[i + 2] == 'f') {
                count++;
            }
        }
        return count;
    }

    /** Mixes text and raw byte values, so a test can show exactly which bytes are bad. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    /** The parse's outcome: a Module, or the PythonSyntaxError; anything else fails the test. */
    private static Object outcome(byte[] source) {
        return assertTimeoutPreemptively(BOUND, () -> {
            try {
                return Parser.parse(source, "<hostile>");
            } catch (PythonSyntaxError error) {
                return error;
            } catch (StackOverflowError | OutOfMemoryError error) {
                return fail("parser died with " + error.getClass().getSimpleName() + " instead of reporting", error);
            }
        });
    }

    private static Module parseWithinBound(byte[] source) {
        Object result = outcome(source);
        if (result instanceof PythonSyntaxError error) {
            return fail("CPython parses this, we raised " + error.getMessage(), error);
        }
        return (Module) result;
    }

    private static void assertParses(String source) {
        assertParses(source.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertParses(byte[] source) {
        parseWithinBound(source);
    }

    /** CPython's parser gives up with MemoryError; we raise its message as a SyntaxError. */
    private static void assertTooComplex(String source) {
        assertRejectedWith(source, TOO_COMPLEX);
    }

    /** CPython parses but cannot build the AST (RecursionError); we raise its message as a SyntaxError. */
    private static void assertTooDeep(String source) {
        assertRejectedWith(source, TOO_DEEP);
    }

    private static void assertRejectedWith(String source, String msg) {
        Object result = outcome(source.getBytes(StandardCharsets.UTF_8));
        if (!(result instanceof PythonSyntaxError error)) {
            fail("CPython rejects this with \"" + msg + "\", we parsed it");
            return;
        }
        assertEquals(Kind.SyntaxError + ": " + msg, error.kind() + ": " + error.msg());
    }

    private static void assertSyntaxError(String source, Kind kind, String msg, int lineno) {
        assertSyntaxError(source.getBytes(StandardCharsets.UTF_8), kind, msg, lineno);
    }

    private static void assertSyntaxError(byte[] source, Kind kind, String msg, int lineno) {
        Object result = outcome(source);
        if (!(result instanceof PythonSyntaxError error)) {
            fail("CPython raises " + kind + ": " + msg + ", we parsed the input");
            return;
        }
        assertEquals(kind + ": " + msg + " (line " + lineno + ")",
                error.kind() + ": " + error.msg() + " (line " + error.lineno() + ")");
    }
}
