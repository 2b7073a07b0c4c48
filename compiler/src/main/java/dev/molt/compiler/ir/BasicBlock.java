package dev.molt.compiler.ir;

import java.util.List;

/** A straight-line run of instructions ended by one terminator. */
public record BasicBlock(int id, List<Insn> insns, Terminator terminator) {
    public BasicBlock {
        insns = List.copyOf(insns);
    }

    public String label() {
        return "b" + id;
    }
}
