package dev.molt.compiler.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A CPython 3.12 interpreter, the oracle Molt's front end is checked against. Find one with
 * {@link #locate(String)}; see {@link CPythonLocator} for the search order.
 */
public final class CPython {
    private static final long QUERY_TIMEOUT_SECONDS = 60;

    private final Path executable;
    private Path stdlibDirectory;

    CPython(Path executable) {
        this.executable = executable;
    }

    /**
     * The oracle: {@code explicitPath} (a {@code --python} value, may be null) first, then
     * {@code $MOLT_PYTHON}, {@code python3.12} on PATH, and pyenv's 3.12 installs.
     *
     * @throws OracleUnavailableException naming every candidate tried, when none is CPython 3.12
     */
    public static CPython locate(String explicitPath) {
        return CPythonLocator.fromEnvironment().locate(explicitPath);
    }

    public Path executable() {
        return executable;
    }

    /** {@code sysconfig.get_paths()['stdlib']}, asked once per instance. */
    public synchronized Path stdlibDirectory() {
        if (stdlibDirectory == null) {
            stdlibDirectory = Path.of(evaluate("import sysconfig; print(sysconfig.get_paths()['stdlib'])"));
        }
        return stdlibDirectory;
    }

    /** A process running this interpreter with the given arguments, for callers that stream. */
    public ProcessBuilder command(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    /** Runs {@code python -c code} and returns its trimmed standard output. */
    public String evaluate(String code) {
        return run(executable, code);
    }

    static String run(Path executable, String code) {
        Process process;
        try {
            process = new ProcessBuilder(executable.toString(), "-c", code).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new OracleUnavailableException("cannot run " + executable + ": " + e.getMessage(), e);
        }
        try (InputStream out = process.getInputStream()) {
            // Small answers only: read everything, then wait; the pipe never fills.
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new OracleUnavailableException(executable + " did not answer within " + QUERY_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new OracleUnavailableException(executable + " exited with " + process.exitValue() + ": " + text);
            }
            return text;
        } catch (IOException e) {
            throw new OracleUnavailableException("cannot read from " + executable + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OracleUnavailableException("interrupted while running " + executable, e);
        } finally {
            process.destroy();
        }
    }

    @Override
    public String toString() {
        return "CPython[" + executable + "]";
    }
}
