package dev.molt.workers.sweep;

import dev.molt.workers.impl.BuildResult;
import dev.molt.workers.sandbox.Execution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The per-test log under --log-dir: commands, statuses, timings, and both sides' output. Passing
 * tests' logs are removed unless MOLT_DIFF_LOG_PASSES=1, so the directory holds what needs a look.
 */
final class TestLog {
    private static final int MAX_SHOWN = 256 * 1024;

    private TestLog() {
    }

    static Path pathFor(Path logDir, String testId) {
        return logDir.resolve(testId.replace('/', '_').replace('\\', '_') + ".log");
    }

    static void write(Path logDir, boolean logPasses, TestRecord record, List<String> oracleCommand,
                      Execution oracle, BuildResult build, List<String> runCommand, Optional<Execution> run) {
        Path file = pathFor(logDir, record.id());
        try {
            if (record.statusValue() == Status.PASS && !logPasses) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(logDir);
            StringBuilder log = new StringBuilder();
            log.append("test: ").append(record.path()).append('\n')
                    .append("status: ").append(record.status()).append(record.detail() == null ? "" : " — " + record.detail())
                    .append('\n')
                    .append("times: oracle ").append(record.oracleMs()).append(" ms").append(record.oracleCached() ? " (cached)" : "")
                    .append(", build ").append(record.buildMs()).append(" ms, run ").append(record.runMs()).append(" ms\n");
            section(log, "oracle", oracleCommand, oracle);
            if (!build.command().isEmpty()) {
                section(log, "build [" + build.status() + "]", build.command(), build.execution().orElse(null));
            }
            if (run.isPresent()) {
                section(log, "run", runCommand, run.get());
            }
            Files.writeString(file, log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(StringBuilder log, String title, List<String> command, Execution execution) {
        log.append("\n== ").append(title).append(": ").append(String.join(" ", command)).append('\n');
        if (execution == null) {
            return;
        }
        var r = execution.report();
        log.append("exit ").append(r.exit()).append(", signal ").append(r.signal()).append(", timed out ")
                .append(r.timedOut()).append(", wall ").append(r.wallMs()).append(" ms, cpu ").append(r.cpuMs())
                .append(" ms, peak RSS ").append(r.maxRssKb()).append(" KB")
                .append(r.error() == null ? "" : ", error: " + r.error()).append('\n');
        String stdout = execution.stdoutText();
        log.append("-- stdout (").append(execution.stdout().length).append(" bytes)\n")
                .append(stdout.length() > MAX_SHOWN ? stdout.substring(0, MAX_SHOWN) + "\n[…cut]" : stdout)
                .append("\n-- stderr (tail)\n").append(execution.stderrTail()).append('\n');
    }
}
