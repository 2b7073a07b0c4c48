package dev.molt.backends.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.backends.toolchain.BundledClang;
import dev.molt.backends.toolchain.SourceFile;
import dev.molt.compiler.oracle.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles the C runtime with a small driver (src/test/c/conformance.c) using the bundled clang, feeds
 * it generated cases, and compares every answer with CPython 3.12's under PYTHONHASHSEED=0.
 */
class RuntimeConformanceTest {
    private static final Path CACHE = Path.of("target", "clang-cache");
    private static final String GENERATOR = "conformance_cases.py";

    private static CPython python;
    private static Path driver;
    private static Path generator;

    @BeforeAll
    static void build() throws IOException {
        python = CPython.locate(null);
        SourceFile source = SourceFile.of("conformance.c", Path.of("src", "test", "c", "conformance.c"));
        driver = new BundledClang(CACHE).build(RuntimeSources.executable(List.of(source)));
        generator = Files.createTempFile("conformance_cases", ".py");
        try (InputStream in = RuntimeConformanceTest.class.getResourceAsStream(GENERATOR)) {
            Files.write(generator, in.readAllBytes());
        }
        generator.toFile().deleteOnExit();
    }

    @Test
    void bigIntegerArithmeticMatchesCPython() throws Exception {
        assertConforms("ints", 11, 400);
    }

    @Test
    void floatReprArithmeticAndHashMatchCPython() throws Exception {
        assertConforms("floats", 12, 10_000);
    }

    @Test
    void hashesAndReprsOfScalarsAndTuplesMatchCPython() throws Exception {
        assertConforms("hashes", 13, 1500);
    }

    @Test
    void setIterationOrderAndDictReprMatchCPython() throws Exception {
        assertConforms("tables", 14, 800);
    }

    private static void assertConforms(String section, int seed, int count) throws Exception {
        List<String> lines = run(python.command(generator.toString(), Integer.toString(seed), Integer.toString(count),
                section), "");
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            input.append(line, 0, tab).append('\n');
            expected.add(line.substring(tab + 1));
        }
        List<String> actual = run(new ProcessBuilder(driver.toAbsolutePath().toString()), input.toString());
        assertEquals(expected.size(), actual.size(), section + ": the driver answered a different number of cases");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                String tabbed = lines.get(i);
                mismatches.add(tabbed.substring(0, tabbed.indexOf('\t')) + "\n  CPython: " + expected.get(i)
                        + "\n  runtime: " + actual.get(i));
            }
        }
        System.out.println(section + " conformance: " + (expected.size() - mismatches.size()) + "/" + expected.size()
                + " cases match CPython");
        assertTrue(mismatches.isEmpty(), section + ": " + mismatches.size() + " of " + expected.size()
                + " cases differ from CPython, e.g.\n" + String.join("\n", mismatches.subList(0, Math.min(10, mismatches.size()))));
    }

    /** Runs a process with the given stdin, returns its stdout lines; fails on a nonzero exit. */
    private static List<String> run(ProcessBuilder builder, String stdin) throws Exception {
        builder.environment().put("PYTHONHASHSEED", "0");
        Process process = builder.start();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out: " + builder.command());
        assertEquals(0, process.exitValue(), builder.command() + " failed: " + errors.get());
        return output.get().lines().toList();
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
