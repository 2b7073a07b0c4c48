package dev.molt.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tokenizes every file of CPython 3.12's standard library. The only files that may fail are those
 * CPython itself rejects at tokenizer level, with the same message and line.
 */
class StdlibTokenizeTest {

    private static final Path STDLIB = Path.of("/root/.pyenv/versions/3.12.1/lib/python3.12");

    /** File (relative to the stdlib) → "message @ line" as CPython's ast.parse reports it. */
    private static final Map<String, String> CPYTHON_REJECTS = Map.of(
            "test/test_lib2to3/data/py2_test_grammar.py",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 31",
            "test/tokenizedata/bad_coding.py", "unknown encoding: uft-8 @ 0",
            "test/tokenizedata/bad_coding2.py", "encoding problem: utf8 with BOM @ 0",
            "test/tokenizedata/badsyntax_3131.py", "invalid character '€' (U+20AC) @ 2");

    @Test
    void tokenizesWholeStdlib() throws IOException {
        assumeTrue(Files.isDirectory(STDLIB), "CPython 3.12 stdlib not installed");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(STDLIB)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<byte[]> sources = new ArrayList<>();
        for (Path p : files) {
            sources.add(Files.readAllBytes(p));
        }
        Map<String, String> failures = new TreeMap<>();
        long lines = 0;
        long tokens = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            try {
                SourceText src = SourceText.decode(sources.get(i));
                lines += src.lineCount() - 1;
                Tokenizer tok = new Tokenizer(src);
                while (tok.next().kind() != TokenKind.ENDMARKER) {
                    tokens++;
                }
            } catch (PythonSyntaxError e) {
                failures.put(STDLIB.relativize(files.get(i)).toString(), e.msg() + " @ " + e.lineno());
            }
        }
        long nanos = System.nanoTime() - t0;
        System.out.printf("stdlib: %d files, %d lines, %d tokens, %d rejected, %.0f ms, %.0f lines/s%n",
                files.size(), lines, tokens, failures.size(), nanos / 1e6, lines / (nanos / 1e9));
        assertEquals(CPYTHON_REJECTS, failures);
    }
}
