package dev.molt.compiler.passes;

import dev.molt.compiler.ir.BasicBlock;
import dev.molt.compiler.ir.IrFunction;
import dev.molt.compiler.ir.IrModule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Removes blocks unreachable from the entry (code after return/break/continue, folded branches). */
public final class DeadBlockElimination implements Pass {
    @Override
    public String name() {
        return "dead-blocks";
    }

    @Override
    public IrModule run(IrModule module) {
        List<IrFunction> functions = new ArrayList<>();
        for (IrFunction f : module.functions()) {
            functions.add(f.withBlocks(reachable(f)));
        }
        return module.withFunctions(functions);
    }

    private static List<BasicBlock> reachable(IrFunction f) {
        Map<Integer, BasicBlock> byId = new HashMap<>();
        f.blocks().forEach(b -> byId.put(b.id(), b));
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> work = new ArrayDeque<>();
        work.push(f.entry().id());
        while (!work.isEmpty()) {
            int id = work.pop();
            if (seen.add(id)) {
                byId.get(id).terminator().successors().forEach(work::push);
            }
        }
        List<BasicBlock> kept = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            if (seen.contains(b.id())) {
                kept.add(b);
            }
        }
        return kept;
    }
}
