package dev.molt.cli.diff;

import dev.molt.cli.ExitStatus;
import dev.molt.cli.UsageException;
import dev.molt.workers.compare.Normalization;
import dev.molt.workers.corpus.CorpusException;
import dev.molt.workers.corpus.ExpectedFailures;
import dev.molt.workers.corpus.TestCase;
import dev.molt.workers.corpus.TestDiscovery;
import dev.molt.workers.impl.Implementation;
import dev.molt.compiler.oracle.CPythonLocator;
import dev.molt.compiler.oracle.OracleUnavailableException;
import dev.molt.workers.oracle.Interpreter;
import dev.molt.workers.oracle.OracleException;
import dev.molt.workers.report.SummaryWriter;
import dev.molt.workers.sandbox.Limits;
import dev.molt.workers.sweep.DiffEnvironment;
import dev.molt.workers.sweep.LineProgress;
import dev.molt.workers.sweep.Progress;
import dev.molt.workers.sweep.Status;
import dev.molt.workers.sweep.Sweep;
import dev.molt.workers.sweep.SweepException;
import dev.molt.workers.sweep.SweepOptions;
import dev.molt.workers.sweep.SweepResult;
import dev.molt.workers.sweep.TerminalProgress;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code molt diff}: a differential sweep against CPython 3.12. A thin driver over the workers library. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {"Run Python programs under CPython 3.12 and under the implementation under test,"
            + " and compare stdout, exit status and the last stderr line.",
            "See docs/DIFF.md for statuses, metadata comments, environment variables and files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:Every test passed (or was skipped or an expected failure).",
            " 1:Some test failed (fail, xpass, compile_error, unsupported, timeout, oom, crash).",
            " 2:Usage error (bad option, no CPython 3.12, lock not obtained, nothing to resume).",
            " 3:Internal error in the harness."})
public final class DiffCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A test file, a directory (its *.py, recursively) or a manifest (one path per line).")
    List<Path> paths;

    @Option(names = "--impl", paramLabel = "COMMAND",
            description = "Implementation under test as one command, e.g. 'pypy3 {src}'.")
    Optional<String> impl;

    @Option(names = "--build", paramLabel = "COMMAND",
            description = "Build command writing {exe} from {src} (with --run).")
    Optional<String> build;

    @Option(names = "--run", paramLabel = "COMMAND", description = "Run command for the built {exe} (with --build).")
    Optional<String> run;

    @Option(names = "--build-profile", paramLabel = "PROFILE",
            description = "Molt build profile: dev or release (default: MOLT_DIFF_BUILD_PROFILE or dev).")
    Optional<String> buildProfile;

    @Option(names = "--python", paramLabel = "PATH",
            description = "CPython 3.12 for the oracle (default: MOLT_PYTHON, python3.12 on PATH, pyenv).")
    Optional<String> python;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parallel tests (default: number of cores).")
    Optional<Integer> jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Per-test wall-clock limit for each run (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--build-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Per-test limit for the build (default: ${DEFAULT-VALUE}).")
    double buildTimeout;

    @Option(names = "--normalize", paramLabel = "KINDS", defaultValue = "none",
            description = "Forgive differences: newlines, paths, all or none (default: ${DEFAULT-VALUE}).")
    String normalize;

    @Option(names = "--expected-failures", paramLabel = "FILE",
            description = "Expected-failure manifest: lines 'PATH REASON' (default: MOLT_DIFF_EXPECTED_FAILURES).")
    Optional<Path> expectedFailures;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Where summary.json goes (default: MOLT_DIFF_SUMMARY or MOLT_DIFF_ROOT/summary.json).")
    Optional<Path> summary;

    @Option(names = "--failures-output", paramLabel = "FILE",
            description = "Where failures.txt goes (default: MOLT_DIFF_FAILURES or MOLT_DIFF_ROOT/failures.txt).")
    Optional<Path> failuresOutput;

    @Option(names = "--log-dir", paramLabel = "DIR",
            description = "Per-test logs; passing tests' logs are pruned unless MOLT_DIFF_LOG_PASSES=1.")
    Optional<Path> logDir;

    @Option(names = "--resume", description = "Continue an interrupted sweep without re-running finished tests.")
    boolean resume;

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto",
            description = "bar, lines or auto (a bar on a terminal; default: ${DEFAULT-VALUE}).")
    String progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The process environment; tests substitute their own. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws InterruptedException {
        DiffEnvironment env = new DiffEnvironment(environment);
        try {
            SweepOptions options = options(env);
            List<TestCase> tests = new TestDiscovery(Path.of("")).discover(paths);
            if (tests.isEmpty()) {
                throw new UsageException("no tests found in " + paths);
            }
            Interpreter interpreter = Interpreter.of(new CPythonLocator(environment,
                    Path.of(System.getProperty("user.home"))).locate(python.orElse(null)));
            SweepResult result = new Sweep(options, interpreter, progress()).run(tests);
            SummaryWriter.write(result);
            report(result);
            return result.passed() ? ExitStatus.OK : ExitStatus.PROGRAM_ERROR;
        } catch (CorpusException | OracleException | OracleUnavailableException | SweepException
                | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private SweepOptions options(DiffEnvironment env) {
        String profile = buildProfile.or(env::buildProfile).orElse("dev");
        if (!profile.equals("dev") && !profile.equals("release")) {
            throw new UsageException("unknown build profile '" + profile + "' (dev or release)");
        }
        int jobCount = jobs.orElse(Runtime.getRuntime().availableProcessors());
        if (jobCount < 1 || timeout <= 0 || buildTimeout <= 0) {
            throw new UsageException("--jobs, --timeout and --build-timeout must be positive");
        }
        Implementation implementation = ImplementationChoice.choose(impl, build, run, profile, spec.root().commandLine());
        Path root = env.root();
        Optional<Path> manifest = expectedFailures.or(() -> Optional.ofNullable(
                environment.get("MOLT_DIFF_EXPECTED_FAILURES")).filter(s -> !s.isBlank()).map(Path::of));
        Limits limits = new Limits(env.memoryCapBytes(), env.outputLimitBytes(), env.processes(), seconds(timeout));
        return new SweepOptions(implementation, profile, jobCount, limits, seconds(buildTimeout),
                Normalization.parse(normalize), manifest.map(ExpectedFailures::load).orElse(ExpectedFailures.NONE),
                env.runEnvironment(), Path.of("").toAbsolutePath(), root, env.cache().resolve("oracle"),
                env.cache().resolve("sandbox"), summary.or(env::summary).orElse(root.resolve("summary.json")),
                failuresOutput.or(env::failures).orElse(root.resolve("failures.txt")), logDir, env.logPasses(),
                env.measureRss(), env.retryOom(), resume, env.lockWait(), env.lockPoll());
    }

    private Progress progress() {
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        boolean bar = switch (progress) {
            case "bar" -> true;
            case "lines" -> false;
            case "auto" -> System.console() != null;
            default -> throw new UsageException("--progress must be bar, lines or auto");
        };
        return bar ? new TerminalProgress(err) : new LineProgress(err, Clock.systemUTC());
    }

    private void report(SweepResult result) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        StringBuilder counts = new StringBuilder();
        result.counts().forEach((status, n) -> {
            if (n > 0) {
                counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(status.label());
            }
        });
        out.println(result.records().size() + " tests: " + counts + (result.passed() ? "" : " — FAILED"));
        for (var r : result.failures()) {
            out.println("  " + r.status() + " " + r.id() + (r.detail() == null ? "" : ": " + r.detail()));
        }
        double ideal = (double) result.taskMsSum() / result.options().jobs();
        out.printf("wall %.1f s; tasks %.1f s over %d jobs (overhead ×%.2f)%n", result.wallMs() / 1000.0,
                result.taskMsSum() / 1000.0, result.options().jobs(), ideal > 0 ? result.wallMs() / ideal : 1.0);
        out.println("summary: " + result.options().summaryPath().toAbsolutePath());
        out.println("failures: " + result.options().failuresPath().toAbsolutePath());
        if (result.counts().get(Status.XPASS) > 0) {
            out.println("xpass: remove the passing tests from the expected failures");
        }
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis((long) (s * 1000));
    }
}
