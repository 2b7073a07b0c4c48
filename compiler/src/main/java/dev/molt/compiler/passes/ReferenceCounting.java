package dev.molt.compiler.passes;

import dev.molt.compiler.ir.BasicBlock;
import dev.molt.compiler.ir.Insn;
import dev.molt.compiler.ir.IrFunction;
import dev.molt.compiler.ir.IrModule;
import dev.molt.compiler.ir.Terminator;
import dev.molt.compiler.ir.Type;
import dev.molt.compiler.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Releases each {@code obj} value after its last use in the block that defines it (a returned value's
 * reference goes to the caller instead). Values used in other blocks are not released yet, nor are the
 * values live when an exception leaves the function: both leak, which costs memory, never correctness
 * — so switching this pass off is always safe.
 */
public final class ReferenceCounting implements Pass {
    @Override
    public String name() {
        return "refcounts";
    }

    @Override
    public IrModule run(IrModule module) {
        List<IrFunction> functions = new ArrayList<>();
        for (IrFunction f : module.functions()) {
            functions.add(f.withBlocks(blocks(f)));
        }
        return module.withFunctions(functions);
    }

    private static List<BasicBlock> blocks(IrFunction f) {
        Map<Value, Integer> definingBlock = new HashMap<>();
        for (BasicBlock b : f.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn.result() != null) {
                    definingBlock.put(insn.result(), b.id());
                }
            }
        }
        Set<Value> escaping = new HashSet<>();
        for (BasicBlock b : f.blocks()) {
            for (Insn insn : b.insns()) {
                insn.operands().stream().filter(v -> definingBlock.get(v) != b.id()).forEach(escaping::add);
            }
            b.terminator().operands().stream().filter(v -> definingBlock.get(v) != b.id()).forEach(escaping::add);
        }
        List<BasicBlock> out = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            out.add(block(b, escaping));
        }
        return out;
    }

    private static BasicBlock block(BasicBlock b, Set<Value> escaping) {
        Map<Value, Integer> lastUse = new HashMap<>();
        List<Insn> insns = b.insns();
        for (int i = 0; i < insns.size(); i++) {
            Insn insn = insns.get(i);
            for (Value v : insn.operands()) {
                lastUse.put(v, i);
            }
            if (insn.result() != null) {
                lastUse.putIfAbsent(insn.result(), i);
            }
        }
        Set<Value> returned = new HashSet<>();
        if (b.terminator() instanceof Terminator.Return r) {
            returned.add(r.value());
        }
        List<List<Insn.Decref>> releasesAfter = new ArrayList<>();
        insns.forEach(x -> releasesAfter.add(new ArrayList<>()));
        for (Map.Entry<Value, Integer> e : lastUse.entrySet()) {
            Value v = e.getKey();
            if (v.type() == Type.OBJ && !escaping.contains(v) && !returned.contains(v) && owned(v, insns)) {
                releasesAfter.get(e.getValue()).add(new Insn.Decref(v, insns.get(e.getValue()).span()));
            }
        }
        List<Insn> result = new ArrayList<>();
        for (int i = 0; i < insns.size(); i++) {
            result.add(insns.get(i));
            releasesAfter.get(i).sort((x, y) -> Integer.compare(x.value().id(), y.value().id()));
            result.addAll(releasesAfter.get(i));
        }
        return new BasicBlock(b.id(), result, b.terminator());
    }

    /** Defined in this block (values of other blocks were counted as escaping). */
    private static boolean owned(Value v, List<Insn> insns) {
        for (Insn insn : insns) {
            if (v.equals(insn.result())) {
                return true;
            }
        }
        return false;
    }
}
