package dev.molt.compiler.syntax;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive pass over source or AST. The front end's passes recurse once per nesting level,
 * and the deepest input they accept (see {@link AstDepthCheck}) needs more than a default thread
 * stack; rather than pay for a thread on every call, the work runs on the caller's stack and is
 * repeated on a thread with a large stack only if it overflows. The work must have no side effects
 * beyond its result, so that repeating it is safe.
 */
public final class LargeStack {

    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private LargeStack() {
    }

    public static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError overflow) {
            return callOnLargeStack(work);
        }
    }

    private static <T> T callOnLargeStack(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> error = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                error.set(e);
            }
        }, "molt-large-stack", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a deep pass", e);
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }
}
