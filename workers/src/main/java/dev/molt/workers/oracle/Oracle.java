package dev.molt.workers.oracle;

import dev.molt.workers.sandbox.Execution;
import dev.molt.workers.sandbox.Limits;
import dev.molt.workers.sandbox.Sandbox;
import dev.molt.workers.sandbox.SandboxRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a test under CPython in the sandbox, or answers from the cache. The key covers everything
 * that can change the answer: the source bytes, the interpreter (path and full version), the run
 * environment and the limits. Only runs that ended normally are cached: a timeout or an
 * out-of-memory under load says nothing about the program.
 */
public final class Oracle {
    /** Bumped whenever the way oracle runs are made or stored changes. */
    private static final String FORMAT = "molt-oracle-1";

    private final Interpreter interpreter;
    private final Sandbox sandbox;
    private final OracleCache cache;
    private final Map<String, String> environment;

    public Oracle(Interpreter interpreter, Sandbox sandbox, OracleCache cache, Map<String, String> environment) {
        this.interpreter = interpreter;
        this.sandbox = sandbox;
        this.cache = cache;
        this.environment = Map.copyOf(environment);
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /** An oracle answer and whether it came from the cache. */
    public record Answer(Execution execution, boolean cached) {
    }

    public Answer run(Path source, Limits limits, Path scratch) throws InterruptedException {
        String key = key(source, limits);
        var hit = cache.get(key);
        if (hit.isPresent()) {
            return new Answer(hit.get(), true);
        }
        Path stdout = scratch.resolve("oracle.stdout");
        Path stderr = scratch.resolve("oracle.stderr");
        var report = sandbox.run(new SandboxRequest(List.of(interpreter.executable().toString(), source.toString()),
                limits, environment, stdout, stderr));
        Execution execution = Execution.capture(report, stdout, stderr, limits.fileSizeBytes());
        if (report.exit() != null && !report.timedOut() && report.error() == null
                && !execution.lastStderrLine().startsWith("MemoryError")) {
            cache.put(key, execution);
        }
        return new Answer(execution, false);
    }

    String key(Path source, Limits limits) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(source));
            StringBuilder context = new StringBuilder(FORMAT).append('\0')
                    .append(interpreter.executable()).append('\0').append(interpreter.version()).append('\0')
                    .append(source).append('\0')
                    .append(limits.addressSpaceBytes()).append(',').append(limits.fileSizeBytes()).append(',')
                    .append(limits.processes()).append(',').append(limits.timeout().toMillis()).append('\0');
            new TreeMap<>(environment).forEach((k, v) -> context.append(k).append('=').append(v).append('\0'));
            digest.update(context.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
