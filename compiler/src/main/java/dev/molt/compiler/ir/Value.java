package dev.molt.compiler.ir;

/** An SSA value: defined by exactly one instruction, numbered uniquely within its function. */
public record Value(int id, Type type) {
    @Override
    public String toString() {
        return "%" + id;
    }
}
