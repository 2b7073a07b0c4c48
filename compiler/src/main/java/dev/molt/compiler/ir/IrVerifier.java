package dev.molt.compiler.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the IR's invariants: unique block ids, successors that exist, every value defined once and
 * its definition dominating each use, operand types as each instruction expects, locals declared,
 * calls naming a function of the module with the right arity. Returns the violations, first first.
 */
public final class IrVerifier {
    private final IrModule module;
    private final List<String> problems = new ArrayList<>();

    private IrVerifier(IrModule module) {
        this.module = module;
    }

    public static List<String> verify(IrModule module) {
        IrVerifier verifier = new IrVerifier(module);
        for (IrFunction function : module.functions()) {
            verifier.function(function);
        }
        return verifier.problems;
    }

    /** Throws {@link IllegalStateException} with the first violation, naming {@code after}. */
    public static void check(IrModule module, String after) {
        List<String> found = verify(module);
        if (!found.isEmpty()) {
            throw new IllegalStateException("IR verification failed after " + after + ": " + found.get(0));
        }
    }

    private void function(IrFunction f) {
        if (f.blocks().isEmpty()) {
            problem(f, "has no blocks");
            return;
        }
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < f.blocks().size(); i++) {
            if (index.put(f.blocks().get(i).id(), i) != null) {
                problem(f, "block b" + f.blocks().get(i).id() + " defined twice");
            }
        }
        for (BasicBlock b : f.blocks()) {
            if (b.terminator() == null) {
                problem(f, b.label() + " has no terminator");
                return;
            }
            for (int s : b.terminator().successors()) {
                if (!index.containsKey(s)) {
                    problem(f, b.label() + " jumps to missing block b" + s);
                    return;
                }
            }
        }
        BitSet[] dominators = Dominators.compute(f, index);
        Map<Value, int[]> definitions = new HashMap<>();
        for (int bi = 0; bi < f.blocks().size(); bi++) {
            List<Insn> insns = f.blocks().get(bi).insns();
            for (int ii = 0; ii < insns.size(); ii++) {
                Value v = insns.get(ii).result();
                if (v != null && definitions.put(v, new int[] {bi, ii}) != null) {
                    problem(f, v + " defined twice");
                }
            }
        }
        Set<String> locals = new HashSet<>(f.locals());
        if (!locals.containsAll(f.parameters())) {
            problem(f, "parameters missing from locals");
        }
        for (int bi = 0; bi < f.blocks().size(); bi++) {
            BasicBlock b = f.blocks().get(bi);
            for (int ii = 0; ii < b.insns().size(); ii++) {
                Insn insn = b.insns().get(ii);
                uses(f, insn.operands(), bi, ii, definitions, dominators, IrPrinter.insn(insn));
                types(f, insn, locals);
            }
            uses(f, b.terminator().operands(), bi, b.insns().size(), definitions, dominators,
                    IrPrinter.terminator(b.terminator()));
            terminatorTypes(f, b.terminator());
        }
    }

    private void uses(IrFunction f, List<Value> operands, int bi, int position, Map<Value, int[]> definitions,
                      BitSet[] dominators, String where) {
        for (Value v : operands) {
            int[] def = definitions.get(v);
            if (def == null) {
                problem(f, v + " used but never defined in `" + where + "`");
            } else if (!(def[0] == bi ? def[1] < position : dominators[bi].get(def[0]))) {
                problem(f, v + " does not dominate its use in `" + where + "`");
            }
        }
    }

    private void types(IrFunction f, Insn insn, Set<String> locals) {
        String text = IrPrinter.insn(insn);
        if (insn instanceof Insn.Op o) {
            expect(f, o.operands().size() == o.op().arity(), "wrong arity in `" + text + "`");
            expect(f, o.result().type() == o.op().resultType(), "wrong result type in `" + text + "`");
            allObjects(f, o.operands(), text);
            return;
        }
        if (insn instanceof Insn.Call c) {
            IrFunction callee = module.functions().stream().filter(g -> g.name().equals(c.function()) && !g.moduleBody())
                    .findFirst().orElse(null);
            expect(f, callee != null, "call of unknown function in `" + text + "`");
            expect(f, callee == null || callee.parameters().size() == c.operands().size(),
                    "wrong argument count in `" + text + "`");
        }
        if (insn instanceof Insn.LoadLocal l) {
            expect(f, locals.contains(l.name()), "undeclared local in `" + text + "`");
        }
        if (insn instanceof Insn.StoreLocal s) {
            expect(f, locals.contains(s.name()), "undeclared local in `" + text + "`");
        }
        if (insn instanceof Insn.LoadGlobal l) {
            expect(f, module.globals().contains(l.name()), "undeclared global in `" + text + "`");
        }
        if (insn instanceof Insn.StoreGlobal s) {
            expect(f, module.globals().contains(s.name()), "undeclared global in `" + text + "`");
        }
        allObjects(f, insn.operands(), text);
        if (insn.result() != null && !(insn instanceof Insn.Op)) {
            expect(f, insn.result().type() == Type.OBJ, "non-obj result in `" + text + "`");
        }
    }

    private void terminatorTypes(IrFunction f, Terminator t) {
        if (t instanceof Terminator.Branch b) {
            expect(f, b.condition().type() == Type.BOOL, "branch on a non-bool in `" + IrPrinter.terminator(t) + "`");
        } else if (t instanceof Terminator.Return r) {
            expect(f, r.value().type() == Type.OBJ, "return of a non-obj in `" + IrPrinter.terminator(t) + "`");
        }
    }

    private void allObjects(IrFunction f, List<Value> values, String text) {
        for (Value v : values) {
            expect(f, v.type() == Type.OBJ, v + " is not an obj in `" + text + "`");
        }
    }

    private void expect(IrFunction f, boolean ok, String message) {
        if (!ok) {
            problem(f, message);
        }
    }

    private void problem(IrFunction f, String message) {
        problems.add("func " + f.name() + ": " + message);
    }
}
