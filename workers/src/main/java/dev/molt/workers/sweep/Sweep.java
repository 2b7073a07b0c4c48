package dev.molt.workers.sweep;

import dev.molt.workers.corpus.TestCase;
import dev.molt.workers.oracle.Interpreter;
import dev.molt.workers.oracle.Oracle;
import dev.molt.workers.oracle.OracleCache;
import dev.molt.workers.sandbox.LauncherBuild;
import dev.molt.workers.sandbox.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A differential sweep: under the run lock, runs every test not already journaled through the
 * {@link TestPipeline} on {@code jobs} threads, retries out-of-memory tests one at a time, and
 * returns the records in test order. Summary files are written by the caller
 * ({@link dev.molt.workers.report.SummaryWriter}).
 */
public final class Sweep {
    private final SweepOptions options;
    private final Interpreter interpreter;
    private final Progress progress;

    public Sweep(SweepOptions options, Interpreter interpreter, Progress progress) {
        this.options = options;
        this.interpreter = interpreter;
        this.progress = progress;
    }

    public SweepResult run(List<TestCase> tests) throws InterruptedException {
        try (RunLock lock = RunLock.acquire(options.root(), options.lockWait(), options.lockPoll(), progress)) {
            return runLocked(tests);
        } catch (IOException e) {
            throw new SweepException("cannot release the run lock: " + e.getMessage());
        }
    }

    private SweepResult runLocked(List<TestCase> tests) throws InterruptedException {
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        Path scratch = options.root().resolve("scratch");
        TestPipeline.deleteTree(scratch);
        progress.phase("setup", "building or reusing the sandbox launcher");
        Path launcher = new LauncherBuild(options.launcherCacheDir()).launcher();
        Sandbox programs = new Sandbox(launcher, scratch.resolve("tmp"), true);
        Sandbox tools = new Sandbox(launcher, scratch.resolve("tmp"), false);
        Oracle oracle = new Oracle(interpreter, programs, new OracleCache(options.oracleCacheDir()),
                options.runEnvironment());
        TestPipeline pipeline = new TestPipeline(options, oracle, programs, tools, scratch.resolve("tests"),
                System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux") ? "linux" : "darwin");
        try (RecordJournal journal = RecordJournal.open(options.root(), fingerprint(tests), options.resume())) {
            Map<String, TestRecord> done = new LinkedHashMap<>(journal.finished());
            int resumed = done.size();
            List<TestCase> pending = tests.stream().filter(t -> !done.containsKey(t.id())).toList();
            progress.phase("sweep", tests.size() + " tests, " + pending.size() + " to run"
                    + (resumed > 0 ? " (" + resumed + " done before the interruption)" : "")
                    + ", " + options.jobs() + " jobs; implementation " + options.implementation().description());
            runAll(pipeline, pending, options.jobs(), 1, journal, done, tests.size(), resumed);
            List<TestCase> ooms = tests.stream()
                    .filter(t -> done.containsKey(t.id()) && done.get(t.id()).statusValue() == Status.OOM
                            && done.get(t.id()).attempts() < 2)
                    .toList();
            if (options.retryOom() && !ooms.isEmpty()) {
                progress.phase("retry-oom", ooms.size() + " out-of-memory tests again with --jobs 1");
                runAll(pipeline, ooms, 1, 2, journal, done, ooms.size(), 0);
            }
            List<TestRecord> records = new ArrayList<>();
            for (TestCase t : tests) {
                records.add(done.get(t.id()));
            }
            progress.finish();
            return new SweepResult(options, interpreter, records, started, Instant.now(),
                    (System.nanoTime() - startNanos) / 1_000_000, resumed, ooms.size());
        } catch (IOException e) {
            throw new SweepException("cannot close the sweep journal: " + e.getMessage());
        } finally {
            TestPipeline.deleteTree(scratch);
        }
    }

    private void runAll(TestPipeline pipeline, List<TestCase> tests, int jobs, int attempt, RecordJournal journal,
                        Map<String, TestRecord> done, int total, int alreadyDone) throws InterruptedException {
        if (tests.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "molt-diff-worker");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<TestRecord> completion = new ExecutorCompletionService<>(pool);
        List<Future<TestRecord>> futures = new ArrayList<>();
        AtomicInteger finished = new AtomicInteger(alreadyDone);
        try {
            for (TestCase test : tests) {
                futures.add(completion.submit(() -> pipeline.run(test, attempt)));
            }
            for (int i = 0; i < tests.size(); i++) {
                TestRecord record = completion.take().get();
                journal.append(record);
                done.put(record.id(), record);
                progress.testDone(record, finished.incrementAndGet(), total);
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new SweepException("test task failed: " + cause);
        } finally {
            futures.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    /** Identifies a sweep for --resume: same implementation, limits, comparison and test list. */
    private String fingerprint(List<TestCase> tests) {
        StringBuilder text = new StringBuilder()
                .append(options.implementation().description()).append('\n')
                .append(options.buildProfile()).append('\n')
                .append(options.limits()).append('\n')
                .append(options.normalizations().stream().map(Enum::name).sorted().toList()).append('\n')
                .append(interpreter.version()).append('\n');
        tests.forEach(t -> text.append(t.id()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
