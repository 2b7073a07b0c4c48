package dev.molt.workers.sweep;

import dev.molt.workers.compare.Normalization;
import dev.molt.workers.corpus.ExpectedFailures;
import dev.molt.workers.corpus.TestCase;
import dev.molt.workers.corpus.TestDiscovery;
import dev.molt.workers.impl.CommandImplementation;
import dev.molt.workers.oracle.Interpreter;
import dev.molt.compiler.oracle.CPython;
import dev.molt.workers.sandbox.Limits;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds sweeps over the repository's corpora with CPython as the implementation under test. */
final class SweepFixture {
    static final Path REPO = findRepo();
    static final Path BASIC = REPO.resolve("tests/differential/basic");
    static final Path HOSTILE = REPO.resolve("tests/differential/hostile");
    /** Shared by all tests so the launcher is compiled once per build, not once per test. */
    static final Path LAUNCHER_CACHE = REPO.resolve("workers/target/test-sandbox-cache");
    private static Interpreter interpreter;

    private SweepFixture() {
    }

    static synchronized Interpreter python() {
        if (interpreter == null) {
            interpreter = Interpreter.of(CPython.locate(null));
        }
        return interpreter;
    }

    static List<TestCase> tests(Path dir) {
        return new TestDiscovery(REPO).discover(List.of(dir));
    }

    static SweepOptions options(Path root, Path cache, String implTemplate, int jobs, Limits limits) {
        return new SweepOptions(CommandImplementation.interpreter(implTemplate), "dev", jobs, limits,
                Duration.ofSeconds(60), Normalization.parse("none"), ExpectedFailures.NONE, runEnvironment(),
                REPO, root, cache.resolve("oracle"), LAUNCHER_CACHE, root.resolve("summary.json"),
                root.resolve("failures.txt"), Optional.empty(), false, true, true, false, Duration.ofSeconds(60),
                Duration.ofMillis(50));
    }

    static SweepOptions options(Path root, Path cache, int jobs) {
        return options(root, cache, python().executable() + " {src}", jobs, limits(Duration.ofSeconds(20)));
    }

    static Limits limits(Duration timeout) {
        return new Limits(2L << 30, 16L << 20, 64, timeout);
    }

    static Map<String, String> runEnvironment() {
        return Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8", "PYTHONHASHSEED", "0",
                "PYTHONIOENCODING", "utf-8", "PYTHONDONTWRITEBYTECODE", "1");
    }

    static Progress quiet() {
        return new LineProgress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Clock.systemUTC());
    }

    private static Path findRepo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tests/differential"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("tests/differential not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
