package dev.molt.compiler;

import dev.molt.compiler.oracle.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's verdict on every {@code *.py} under a source tree, produced by one run of the oracle
 * script {@code cpython_ast_dump.py} into a directory of {@code .dump} / {@code .error} files. A
 * finished run is stamped with the interpreter, tree and script it came from and reused while those
 * stay the same, so repeated test runs skip the ~20 s of CPython work.
 */
final class CPythonVerdicts {
    private static final String SCRIPT = "cpython_ast_dump.py";

    /** One source file and what CPython made of it. */
    record Entry(String relativePath, boolean rejected) {
    }

    /** What CPython raised for a rejected file; lineno and offset are null when it gave none. */
    record Rejection(String exceptionClass, Integer lineno, Integer offset, String msg) {
    }

    private final Path sourceRoot;
    private final Path outputDirectory;
    private final List<Entry> entries;

    private CPythonVerdicts(Path sourceRoot, Path outputDirectory, List<Entry> entries) {
        this.sourceRoot = sourceRoot;
        this.outputDirectory = outputDirectory;
        this.entries = entries;
    }

    static CPythonVerdicts produce(CPython python, Path sourceRoot, Path outputDirectory)
            throws IOException, InterruptedException {
        return produce(python, sourceRoot, outputDirectory, false);
    }

    /** As {@link #produce(CPython, Path, Path)}; {@code withCompile} also records compile() verdicts. */
    static CPythonVerdicts produce(CPython python, Path sourceRoot, Path outputDirectory, boolean withCompile)
            throws IOException, InterruptedException {
        String[] arguments = withCompile
                ? new String[] {sourceRoot.toString(), outputDirectory.toString(), "--compile"}
                : new String[] {sourceRoot.toString(), outputDirectory.toString()};
        OracleRun.ensure(python, readScript(), SCRIPT, outputDirectory, arguments);
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(outputDirectory.resolve("index.txt"), StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            entries.add(new Entry(line.substring(space + 1), line.startsWith("error")));
        }
        return new CPythonVerdicts(sourceRoot, outputDirectory, entries);
    }

    List<Entry> entries() {
        return entries;
    }

    Path source(Entry entry) {
        return sourceRoot.resolve(entry.relativePath());
    }

    String dump(Entry entry) throws IOException {
        return Files.readString(outputDirectory.resolve(entry.relativePath() + ".dump"), StandardCharsets.UTF_8);
    }

    Rejection rejection(Entry entry) throws IOException {
        String text = Files.readString(outputDirectory.resolve(entry.relativePath() + ".error"), StandardCharsets.UTF_8);
        String[] parts = text.split("\n", 4);
        return new Rejection(parts[0], number(parts[1]), number(parts[2]), parts.length > 3 ? parts[3] : "");
    }

    /**
     * What {@code compile()} raised for a file ast.parse accepts, or null when it compiled; only
     * for verdicts produced with compile verdicts.
     */
    Rejection compileRejection(Entry entry) throws IOException {
        String text = Files.readString(outputDirectory.resolve(entry.relativePath() + ".compile"),
                StandardCharsets.UTF_8);
        if (text.equals("ok")) {
            return null;
        }
        String[] parts = text.split("\n", 4);
        return new Rejection(parts[0], number(parts[1]), number(parts[2]), parts.length > 3 ? parts[3] : "");
    }

    private static Integer number(String text) {
        return text.equals("None") ? null : Integer.valueOf(text);
    }

    private static byte[] readScript() throws IOException {
        try (InputStream in = CPythonVerdicts.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + SCRIPT);
            }
            return in.readAllBytes();
        }
    }
}
