package dev.molt.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrVerifierTest {
    private static final SourceSpan AT = new SourceSpan("t.py", 1, 1);

    private static IrModule module(List<BasicBlock> blocks) {
        IrFunction body = new IrFunction("<module>", List.of(), List.of(), blocks, true, AT);
        return new IrModule("t.py", List.of(), List.of(body));
    }

    private static Insn constant(Value v) {
        return new Insn.ConstInt(v, BigInteger.ONE, AT);
    }

    @Test
    void aWellFormedFunctionPasses() {
        Value a = new Value(0, Type.OBJ);
        Value t = new Value(1, Type.BOOL);
        IrModule m = module(List.of(
                new BasicBlock(0, List.of(constant(a), new Insn.Op(t, RuntimeOp.TRUTH, List.of(a), AT)),
                        new Terminator.Branch(t, 1, 1, AT)),
                new BasicBlock(1, List.of(), new Terminator.Return(a, AT))));
        assertEquals(List.of(), IrVerifier.verify(m));
        assertEquals("""
                module "t.py"
                globals []

                func <module>() locals []
                b0:
                  %0: obj = const.int 1                   ; 1:1
                  %1: bool = truth %0                     ; 1:1
                  branch %1, b1, b1                       ; 1:1
                b1:
                  return %0                               ; 1:1
                """, IrPrinter.print(m));
    }

    @Test
    void aUseNotDominatedByItsDefinitionFails() {
        Value a = new Value(0, Type.OBJ);
        Value t = new Value(1, Type.BOOL);
        Value b = new Value(2, Type.OBJ);
        IrModule m = module(List.of(
                new BasicBlock(0, List.of(constant(a), new Insn.Op(t, RuntimeOp.TRUTH, List.of(a), AT)),
                        new Terminator.Branch(t, 1, 2, AT)),
                new BasicBlock(1, List.of(constant(b)), new Terminator.Jump(2, AT)),
                new BasicBlock(2, List.of(), new Terminator.Return(b, AT))));
        List<String> problems = IrVerifier.verify(m);
        assertEquals(List.of("func <module>: %2 does not dominate its use in `return %2`"), problems);
    }

    @Test
    void typesTargetsAndDefinitionsAreChecked() {
        Value a = new Value(0, Type.OBJ);
        IrModule badBranch = module(List.of(new BasicBlock(0, List.of(constant(a)), new Terminator.Branch(a, 0, 0, AT))));
        assertTrue(IrVerifier.verify(badBranch).get(0).contains("branch on a non-bool"), IrVerifier.verify(badBranch).toString());
        IrModule missing = module(List.of(new BasicBlock(0, List.of(constant(a)), new Terminator.Jump(7, AT))));
        assertEquals(List.of("func <module>: b0 jumps to missing block b7"), IrVerifier.verify(missing));
        IrModule twice = module(List.of(new BasicBlock(0, List.of(constant(a), constant(a)), new Terminator.Return(a, AT))));
        assertEquals(List.of("func <module>: %0 defined twice"), IrVerifier.verify(twice));
        IrModule undeclared = module(List.of(new BasicBlock(0, List.of(new Insn.LoadLocal(a, "x", AT)),
                new Terminator.Return(a, AT))));
        assertTrue(IrVerifier.verify(undeclared).get(0).contains("undeclared local"));
    }
}
