package dev.molt.workers.impl;

import dev.molt.workers.sandbox.Execution;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of preparing one test for its run: for a compiler, the build; for an interpreter,
 * nothing ({@link BuildStatus#NOT_NEEDED}). {@code artifact} is what the run command's
 * {@code {exe}} names.
 */
public record BuildResult(BuildStatus status, Optional<Path> artifact, Duration duration,
                          List<String> command, Optional<Execution> execution) {

    public static final BuildResult NOT_NEEDED =
            new BuildResult(BuildStatus.NOT_NEEDED, Optional.empty(), Duration.ZERO, List.of(), Optional.empty());

    public BuildResult {
        command = List.copyOf(command);
    }

    public boolean runnable() {
        return status == BuildStatus.OK || status == BuildStatus.NOT_NEEDED;
    }
}
