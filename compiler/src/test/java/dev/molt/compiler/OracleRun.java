package dev.molt.compiler;

import dev.molt.compiler.oracle.CPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One run of a CPython oracle script that writes its answers, ending with an {@code index.txt},
 * into a directory. The run is repeated only when the interpreter, the script or its arguments
 * change, so repeated test runs skip the CPython work.
 */
public final class OracleRun {
    private static final String STAMP = "oracle.stamp";
    private static final long TIMEOUT_MINUTES = 15;

    private OracleRun() {
    }

    /** Makes {@code outputDirectory} hold the output of {@code python script arguments...}. */
    public static void ensure(CPython python, byte[] script, String scriptName, Path outputDirectory,
            String... arguments) throws IOException, InterruptedException {
        String stamp = "python=" + python.executable() + "\nargs=" + String.join(" ", arguments) + "\nscript="
                + sha256(script) + "\n";
        Path stampFile = outputDirectory.resolve(STAMP);
        boolean fresh = Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)
                && Files.isRegularFile(outputDirectory.resolve("index.txt"));
        if (fresh) {
            return;
        }
        deleteTree(outputDirectory);
        Files.createDirectories(outputDirectory);
        Path scriptFile = outputDirectory.resolve(scriptName);
        Files.write(scriptFile, script);
        run(python, scriptFile, outputDirectory, arguments);
        Files.writeString(stampFile, stamp);
    }

    private static void run(CPython python, Path script, Path outputDirectory, String... arguments)
            throws IOException, InterruptedException {
        Path log = outputDirectory.resolve("oracle.log");
        String[] command = new String[arguments.length + 1];
        command[0] = script.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = python.command(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("CPython oracle did not finish within " + TIMEOUT_MINUTES + " min");
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(outputDirectory.resolve("index.txt"))) {
            throw new IllegalStateException("CPython oracle failed (exit " + process.exitValue() + "):\n"
                    + Files.readString(log));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(path);
            }
        }
    }
}
