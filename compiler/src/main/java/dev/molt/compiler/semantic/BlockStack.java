package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Span;
import dev.molt.compiler.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's frame-block stack ({@code u_fblock}) for one code object: the loops, try blocks and
 * with blocks enclosing the statement being compiled. It decides where break/continue/return may
 * go, and CPython refuses to nest more than {@link #MAX_BLOCKS} of them.
 */
final class BlockStack {
    /** CPython's {@code CO_MAXBLOCKS}. */
    static final int MAX_BLOCKS = 20;

    enum Type {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR;

        boolean isLoop() {
            return this == WHILE_LOOP || this == FOR_LOOP;
        }
    }

    /** One entry; {@code finalBody} is the finally block a FINALLY_TRY must run when unwound. */
    record Block(Type type, List<Stmt> finalBody) {
    }

    private final List<Block> blocks = new ArrayList<>();

    void push(Type type, List<Stmt> finalBody, Span where, ErrorLocator errors) {
        if (blocks.size() >= MAX_BLOCKS) {
            throw errors.at(where, "too many statically nested blocks");
        }
        blocks.add(new Block(type, finalBody));
    }

    void pop() {
        blocks.remove(blocks.size() - 1);
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    int depth() {
        return blocks.size();
    }

    Block top() {
        return blocks.get(blocks.size() - 1);
    }

    /** Takes the top block off while the blocks beneath it are unwound; see {@link #restore}. */
    Block removeTop() {
        return blocks.remove(blocks.size() - 1);
    }

    void restore(Block block) {
        blocks.add(block);
    }
}
