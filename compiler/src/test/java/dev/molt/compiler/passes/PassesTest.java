package dev.molt.compiler.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.compiler.ir.IrModule;
import dev.molt.compiler.ir.IrPrinter;
import dev.molt.compiler.ir.RuntimeOp;
import dev.molt.compiler.lower.SourceLowering;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassesTest {
    private static IrModule lower(String source) {
        return SourceLowering.lower(source.getBytes(StandardCharsets.UTF_8), "t.py");
    }

    private static IrModule run(IrModule m, String... disabled) {
        return new PassManager(PassManager.standardPasses(), Set.of(disabled), true).run(m);
    }

    @Test
    void intArithmeticFoldsExactlyAsPython() {
        String text = IrPrinter.print(run(lower("print(-7 // 2, -7 % 2, 2 ** 100, 1 << 3, ~5)\n")));
        assertTrue(text.contains("const.int -4"), text);
        assertTrue(text.contains("const.int 1 "), text);
        assertTrue(text.contains("const.int 1267650600228229401496703205376"), text);
        assertTrue(text.contains("const.int -6"), text);
        assertFalse(text.contains("floordiv"), text);
    }

    @Test
    void operationsThatRaiseOrExplodeStayForRunTime() {
        BigInteger two = BigInteger.TWO;
        assertNull(ConstantFolding.evaluate(RuntimeOp.FLOORDIV, List.of(two, BigInteger.ZERO)));
        assertNull(ConstantFolding.evaluate(RuntimeOp.POW, List.of(two, BigInteger.valueOf(-1))));
        assertNull(ConstantFolding.evaluate(RuntimeOp.POW, List.of(two, BigInteger.valueOf(100000))));
        assertNull(ConstantFolding.evaluate(RuntimeOp.POW, List.of(two, BigInteger.TEN.pow(30))));
        assertNull(ConstantFolding.evaluate(RuntimeOp.LSHIFT, List.of(two, BigInteger.valueOf(-1))));
        assertEquals(BigInteger.valueOf(-1), ConstantFolding.evaluate(RuntimeOp.RSHIFT,
                List.of(BigInteger.valueOf(-5), BigInteger.TEN.pow(20))));
    }

    @Test
    void deadBlocksAfterReturnAreRemovedAndPassesSwitchOffByName() {
        IrModule m = lower("def f():\n    return 1\n    print(2)\n");
        String before = IrPrinter.print(m);
        String after = IrPrinter.print(run(m));
        assertTrue(before.contains("print"), before);
        assertFalse(after.contains("print"), after);
        assertTrue(IrPrinter.print(run(m, "dead-blocks", "refcounts")).contains("print"));
        assertThrows(IllegalArgumentException.class, () -> run(m, "no-such-pass"));
    }

    @Test
    void referenceCountingReleasesTemporariesButNotReturnedValues() {
        String text = IrPrinter.print(run(lower("def f(a):\n    return a + 1\n")));
        assertTrue(text.contains("decref %0"), text);
        assertTrue(text.contains("decref %1"), text);
        assertFalse(text.contains("decref %2"), text);
    }
}
