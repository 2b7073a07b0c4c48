package dev.molt.compiler.ir;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/** Dominator sets by the classic iterative data-flow algorithm; indices are positions in the block list. */
final class Dominators {
    private Dominators() {
    }

    static BitSet[] compute(IrFunction f, Map<Integer, Integer> index) {
        List<BasicBlock> blocks = f.blocks();
        int n = blocks.size();
        BitSet[] predecessors = new BitSet[n];
        for (int i = 0; i < n; i++) {
            predecessors[i] = new BitSet(n);
        }
        for (int i = 0; i < n; i++) {
            for (int s : blocks.get(i).terminator().successors()) {
                predecessors[index.get(s)].set(i);
            }
        }
        BitSet[] dom = new BitSet[n];
        dom[0] = new BitSet(n);
        dom[0].set(0);
        for (int i = 1; i < n; i++) {
            dom[i] = new BitSet(n);
            dom[i].set(0, n);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < n; i++) {
                BitSet next = new BitSet(n);
                next.set(0, n);
                boolean any = false;
                for (int p = predecessors[i].nextSetBit(0); p >= 0; p = predecessors[i].nextSetBit(p + 1)) {
                    next.and(dom[p]);
                    any = true;
                }
                if (!any) {
                    next.clear();
                }
                next.set(i);
                if (!next.equals(dom[i])) {
                    dom[i] = next;
                    changed = true;
                }
            }
        }
        return dom;
    }
}
