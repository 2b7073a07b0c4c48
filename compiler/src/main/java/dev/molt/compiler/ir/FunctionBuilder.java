package dev.molt.compiler.ir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds one function's CFG: appends instructions to the current block and closes blocks with
 * terminators. Code emitted after a terminator goes into a fresh unreachable block, which the
 * dead-block pass removes.
 */
public final class FunctionBuilder {
    private final String name;
    private final List<String> parameters;
    private final boolean moduleBody;
    private final SourceSpan span;
    private final Set<String> locals = new LinkedHashSet<>();
    private final List<BasicBlock> finished = new ArrayList<>();
    private int nextValue;
    private int nextBlock;
    private int currentId;
    private List<Insn> current = new ArrayList<>();

    public FunctionBuilder(String name, List<String> parameters, boolean moduleBody, SourceSpan span) {
        this.name = name;
        this.parameters = List.copyOf(parameters);
        this.moduleBody = moduleBody;
        this.span = span;
        locals.addAll(parameters);
        currentId = nextBlock++;
    }

    public Value newValue(Type type) {
        return new Value(nextValue++, type);
    }

    public void declareLocal(String local) {
        locals.add(local);
    }

    /** A block id to be started later with {@link #startBlock}. */
    public int newBlock() {
        return nextBlock++;
    }

    public Value append(Insn insn) {
        current.add(insn);
        return insn.result();
    }

    public void terminate(Terminator terminator) {
        finished.add(new BasicBlock(currentId, current, terminator));
        current = null;
    }

    public boolean isTerminated() {
        return current == null;
    }

    /** Makes {@code id} the current block; an open current block falls through to it. */
    public void startBlock(int id, SourceSpan where) {
        if (current != null) {
            terminate(new Terminator.Jump(id, where));
        }
        currentId = id;
        current = new ArrayList<>();
    }

    /** Continues in a fresh block if the current one is closed (code after return/break is unreachable). */
    public void ensureOpen(SourceSpan where) {
        if (current == null) {
            startBlock(newBlock(), where);
        }
    }

    public IrFunction finish(Terminator last) {
        if (current != null) {
            terminate(last);
        }
        return new IrFunction(name, parameters, new ArrayList<>(locals), finished, moduleBody, span);
    }
}
