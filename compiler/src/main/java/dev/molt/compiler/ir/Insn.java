package dev.molt.compiler.ir;

import java.math.BigInteger;
import java.util.List;

/**
 * A non-terminating instruction. Those that are {@link #fallible()} may fail at run time with a pending
 * exception; the backend then leaves the function through its error exit (errors are values). Every
 * {@code obj} result is a new (owned) reference; operands are borrowed; stores take their own reference.
 */
public sealed interface Insn {
    /** The value defined, or null. */
    Value result();

    List<Value> operands();

    SourceSpan span();

    boolean fallible();

    enum Singleton { NONE, TRUE, FALSE }

    record ConstInt(Value result, BigInteger value, SourceSpan span) implements Insn {
        public List<Value> operands() { return List.of(); }
        public boolean fallible() { return true; }
    }

    record ConstFloat(Value result, double value, SourceSpan span) implements Insn {
        public List<Value> operands() { return List.of(); }
        public boolean fallible() { return true; }
    }

    /** A str literal as UTF-8 text (no lone surrogates). */
    record ConstStr(Value result, String value, SourceSpan span) implements Insn {
        public List<Value> operands() { return List.of(); }
        public boolean fallible() { return true; }
    }

    record ConstSingleton(Value result, Singleton value, SourceSpan span) implements Insn {
        public List<Value> operands() { return List.of(); }
        public boolean fallible() { return false; }
    }

    record Op(Value result, RuntimeOp op, List<Value> operands, SourceSpan span) implements Insn {
        public Op {
            operands = List.copyOf(operands);
        }
        public boolean fallible() { return true; }
    }

    /** print(*args) with the default sep, end and file; the result is None. */
    record Print(Value result, List<Value> operands, SourceSpan span) implements Insn {
        public Print {
            operands = List.copyOf(operands);
        }
        public boolean fallible() { return true; }
    }

    /** A direct call of a function of this module. */
    record Call(Value result, String function, List<Value> operands, SourceSpan span) implements Insn {
        public Call {
            operands = List.copyOf(operands);
        }
        public boolean fallible() { return true; }
    }

    /** Reads a local slot; UnboundLocalError when it was never assigned. */
    record LoadLocal(Value result, String name, SourceSpan span) implements Insn {
        public List<Value> operands() { return List.of(); }
        public boolean fallible() { return true; }
    }

    record StoreLocal(String name, Value value, SourceSpan span) implements Insn {
        public Value result() { return null; }
        public List<Value> operands() { return List.of(value); }
        public boolean fallible() { return false; }
    }

    /** Reads a module global; NameError when it was never assigned. */
    record LoadGlobal(Value result, String name, SourceSpan span) implements Insn {
        public List<Value> operands() { return List.of(); }
        public boolean fallible() { return true; }
    }

    record StoreGlobal(String name, Value value, SourceSpan span) implements Insn {
        public Value result() { return null; }
        public List<Value> operands() { return List.of(value); }
        public boolean fallible() { return false; }
    }

    /** Releases a reference: inserted by the reference-count pass after a value's last use. */
    record Decref(Value value, SourceSpan span) implements Insn {
        public Value result() { return null; }
        public List<Value> operands() { return List.of(value); }
        public boolean fallible() { return false; }
    }
}
