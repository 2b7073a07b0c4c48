package dev.molt.workers.sweep;

import dev.molt.workers.compare.Comparison;
import dev.molt.workers.compare.Difference;
import dev.molt.workers.compare.Normalizer;
import dev.molt.workers.compare.Observed;
import dev.molt.workers.corpus.TestCase;
import dev.molt.workers.impl.BuildContext;
import dev.molt.workers.impl.BuildResult;
import dev.molt.workers.oracle.Oracle;
import dev.molt.workers.sandbox.Execution;
import dev.molt.workers.sandbox.Limits;
import dev.molt.workers.sandbox.Sandbox;
import dev.molt.workers.sandbox.SandboxRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One test, start to end: oracle → build → run → compare → classify → log. Stateless; thread-safe. */
final class TestPipeline {
    private final SweepOptions options;
    private final Oracle oracle;
    private final Sandbox programs;
    private final Sandbox tools;
    private final Normalizer normalizer;
    private final Path scratchRoot;
    private final String platform;

    TestPipeline(SweepOptions options, Oracle oracle, Sandbox programs, Sandbox tools, Path scratchRoot,
                 String platform) {
        this.options = options;
        this.oracle = oracle;
        this.programs = programs;
        this.tools = tools;
        this.normalizer = new Normalizer(options.normalizations());
        this.scratchRoot = scratchRoot;
        this.platform = platform;
    }

    TestRecord run(TestCase test, int attempt) throws InterruptedException {
        long started = System.nanoTime();
        var interpreter = oracle.interpreter();
        Optional<String> skip = test.metadata().notApplicable(interpreter.major(), interpreter.minor(), platform, "native");
        if (skip.isPresent()) {
            return new TestRecord(test.id(), test.path().toString(), Status.SKIP.label(), skip.get(),
                    0, false, 0, 0, 0, null, null, null, null, attempt);
        }
        Limits limits = test.metadata().timeout().map(options.limits()::withTimeout).orElse(options.limits());
        Path scratch = scratch();
        try {
            long oracleStart = System.nanoTime();
            Oracle.Answer answer = oracle.run(test.path(), limits, scratch);
            long oracleMs = millisSince(oracleStart);
            Path buildDir = Files.createDirectories(scratch.resolve("build"));
            BuildResult build = options.implementation().build(test,
                    new BuildContext(tools, options.buildLimits(), options.runEnvironment(), buildDir));
            List<String> runCommand = build.runnable() ? options.implementation().runCommand(test, build) : List.of();
            Optional<Execution> run = build.runnable() ? Optional.of(runTest(runCommand, limits, scratch))
                    : Optional.empty();
            Optional<Difference> difference = run.flatMap(r -> Comparison.compare(observe(answer.execution(), test),
                    observe(r, test)));
            Verdict verdict = StatusClassifier.classify(answer.execution(), build, run, difference,
                    options.expectedFailures().reasonFor(test), limits.addressSpaceBytes());
            TestRecord record = record(test, attempt, verdict, oracleMs, answer.cached(), build, run, started);
            options.logDir().ifPresent(dir -> TestLog.write(dir, options.logPasses(), record,
                    List.of(interpreter.executable().toString(), test.path().toString()), answer.execution(), build,
                    runCommand, run));
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(scratch);
        }
    }

    private Execution runTest(List<String> command, Limits limits, Path scratch) throws InterruptedException {
        Path stdout = scratch.resolve("run.stdout");
        Path stderr = scratch.resolve("run.stderr");
        var report = programs.run(new SandboxRequest(command, limits, options.runEnvironment(), stdout, stderr));
        return Execution.capture(report, stdout, stderr, limits.fileSizeBytes());
    }

    private TestRecord record(TestCase test, int attempt, Verdict verdict, long oracleMs, boolean cached,
                              BuildResult build, Optional<Execution> run, long started) {
        Difference d = verdict.difference().orElse(null);
        Long rss = options.measureRss() ? run.map(r -> r.report().maxRssKb()).orElse(null) : null;
        return new TestRecord(test.id(), test.path().toString(), verdict.status().label(),
                verdict.detail().isEmpty() ? null : verdict.detail(), oracleMs, cached, build.duration().toMillis(),
                run.map(r -> r.report().wallMs()).orElse(0L), millisSince(started), rss,
                d == null ? null : d.aspect().name().toLowerCase(java.util.Locale.ROOT),
                d == null ? null : d.expected(), d == null ? null : d.actual(), attempt);
    }

    private Observed observe(Execution execution, TestCase test) {
        return new Observed(normalizer.apply(execution.stdoutText(), test.path()), execution.report().shellStatus(),
                normalizer.apply(execution.lastStderrLine(), test.path()));
    }

    private Path scratch() {
        try {
            Files.createDirectories(scratchRoot);
            return Files.createTempDirectory(scratchRoot, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // Scratch space is under ROOT/scratch and is cleared at the next sweep's start.
        }
    }
}
