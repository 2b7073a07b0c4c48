package dev.molt.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.compiler.ir.IrModule;
import dev.molt.compiler.ir.IrPrinter;
import dev.molt.compiler.ir.IrVerifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoweringTest {
    static IrModule lower(String source) {
        return SourceLowering.lower(source.getBytes(StandardCharsets.UTF_8), "t.py");
    }

    @Test
    void aFunctionLowersToVerifiedIrWithSpans() {
        IrModule m = lower("def f(n):\n    if n < 2:\n        return n\n    return f(n - 1)\nprint(f(3))\n");
        assertEquals(List.of(), IrVerifier.verify(m));
        String text = IrPrinter.print(m);
        assertTrue(text.contains("func f(n) locals [n]"), text);
        assertTrue(text.contains("%0: obj = load.local n                  ; 2:8"), text);
        assertTrue(text.contains("call f(%"), text);
        assertTrue(text.contains("branch %3, b1, b2"), text);
        assertTrue(text.contains("print %"), text);
        assertEquals(List.of("f"), m.globals());
    }

    @Test
    void moduleNamesAreGlobalsAndFunctionNamesLocalSlots() {
        IrModule m = lower("x = 1\ndef g(a):\n    global x\n    y = a + x\n    x = y\n    return y\n");
        assertEquals(List.of(), IrVerifier.verify(m));
        String text = IrPrinter.print(m);
        assertTrue(text.contains("func g(a) locals [a, y]"), text);
        assertTrue(text.contains("store.global x"), text);
        assertTrue(text.contains("store.local y"), text);
    }

    @Test
    void shortCircuitAndChainedComparisonsUseHiddenSlots() {
        IrModule m = lower("a = 1\nprint(a and 2 or 3, 1 < a < 3, 4 if a else 5)\n");
        assertEquals(List.of(), IrVerifier.verify(m));
        assertTrue(IrPrinter.print(m).contains("locals [.t0, .t1, .t2, .t3]"), IrPrinter.print(m));
    }

    @Test
    void unsupportedConstructsAreReportedWithTheirPosition() {
        assertUnsupported("for i in x:\n    pass\n", "t.py:1:1: unsupported: statement For");
        assertUnsupported("x = [1]\n", "t.py:1:5: unsupported: expression List");
        assertUnsupported("print(1, sep='')\n", "t.py:1:1: unsupported: keyword arguments");
        assertUnsupported("x = len('a')\n", "t.py:1:5: unsupported: builtin 'len'");
        assertUnsupported("x = __file__\n", "t.py:1:5: unsupported: builtin '__file__'");
        assertUnsupported("def f(a=1):\n    pass\n", "t.py:1:1: unsupported: parameter defaults");
        assertUnsupported("def f():\n    def g():\n        pass\n", "t.py:2:5: unsupported: statement FunctionDef");
        assertUnsupported("def f():\n    pass\ng = f\n", "t.py:3:5: unsupported: function 'f' used as a value");
        assertUnsupported("def f(a):\n    pass\nf(1, 2)\n", "t.py:3:1: unsupported: call of 'f' with 2 arguments (it takes 1)");
        assertUnsupported("x = 1j\n", "t.py:1:5: unsupported: constant of this type");
    }

    @Test
    void theDeepestExpressionTheParserAcceptsLowersOnASmallStack() throws InterruptedException {
        String source = "x = 1" + " + 1".repeat(2_900) + "\n";
        List<Object> outcome = new java.util.ArrayList<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.add(IrVerifier.verify(lower(source)));
            } catch (Throwable t) {
                outcome.add(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertEquals(List.of(List.of()), outcome);
    }

    private static void assertUnsupported(String source, String message) {
        UnsupportedConstruct e = assertThrows(UnsupportedConstruct.class, () -> lower(source));
        assertEquals(message, e.getMessage());
    }
}
