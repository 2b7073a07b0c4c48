package dev.molt.compiler.ir;

import java.util.List;

/** The last instruction of a basic block; successors are block ids of the same function. */
public sealed interface Terminator {
    List<Integer> successors();

    List<Value> operands();

    SourceSpan span();

    record Jump(int target, SourceSpan span) implements Terminator {
        public List<Integer> successors() { return List.of(target); }
        public List<Value> operands() { return List.of(); }
    }

    record Branch(Value condition, int ifTrue, int ifFalse, SourceSpan span) implements Terminator {
        public List<Integer> successors() { return List.of(ifTrue, ifFalse); }
        public List<Value> operands() { return List.of(condition); }
    }

    record Return(Value value, SourceSpan span) implements Terminator {
        public List<Integer> successors() { return List.of(); }
        public List<Value> operands() { return List.of(value); }
    }
}
