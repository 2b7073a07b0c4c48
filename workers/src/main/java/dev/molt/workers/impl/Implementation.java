package dev.molt.workers.impl;

import dev.molt.workers.corpus.TestCase;
import java.util.List;

/**
 * The implementation under test. A compiler builds an artifact and runs it; an interpreter skips
 * the build. Molt's own compiler plugs in as one more implementation: the harness knows nothing
 * about it beyond this interface.
 */
public interface Implementation {

    /** How summaries name this implementation, e.g. {@code command: pypy3 {src}}. */
    String description();

    BuildResult build(TestCase test, BuildContext context) throws InterruptedException;

    /** The argument vector that runs the test once {@link #build} succeeded. */
    List<String> runCommand(TestCase test, BuildResult build);
}
