package dev.molt.workers.sweep;

import dev.molt.workers.compare.Normalization;
import dev.molt.workers.corpus.ExpectedFailures;
import dev.molt.workers.impl.Implementation;
import dev.molt.workers.sandbox.Limits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one sweep needs, already resolved from flags and environment ({@link DiffSettings}).
 *
 * @param root the state directory: lock, journal, scratch space, and by default summary and failures
 * @param runEnvironment the complete environment of oracle, build and test runs
 * @param buildLimits limits for builds (a trusted compiler: no read-only file system)
 */
public record SweepOptions(
        Implementation implementation,
        String buildProfile,
        int jobs,
        Limits limits,
        Duration buildTimeout,
        Set<Normalization> normalizations,
        ExpectedFailures expectedFailures,
        Map<String, String> runEnvironment,
        Path baseDir,
        Path root,
        Path oracleCacheDir,
        Path launcherCacheDir,
        Path summaryPath,
        Path failuresPath,
        Optional<Path> logDir,
        boolean logPasses,
        boolean measureRss,
        boolean retryOom,
        boolean resume,
        Duration lockWait,
        Duration lockPoll) {

    public SweepOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        normalizations = Set.copyOf(normalizations);
        runEnvironment = Map.copyOf(runEnvironment);
    }

    public Limits buildLimits() {
        return new Limits(limits.addressSpaceBytes(), 0, limits.processes(), buildTimeout);
    }
}
