package dev.molt.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.semantic.SymbolTable;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.SourceText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of the malformed corpus must fail the way CPython 3.12 fails it. The expectations in
 * {@code malformed/expected.tsv} come from {@code malformed/expect.py}, which runs CPython's
 * {@code compile(source_bytes, path, 'exec')} and records which stage of CPython raised the error.
 */
class MalformedProgramsTest {

    private static final String CORPUS = "/dev/molt/compiler/malformed/";

    /** One line of expected.tsv: what CPython raised for one program and at which stage. */
    record Expectation(String file, String stage, String kind, int lineno, int offset, int endLineno,
            int endOffset, String msg) {

        static Expectation fromLine(String line) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 8) {
                throw new IllegalArgumentException("expected.tsv line needs 8 fields: " + line);
            }
            return new Expectation(fields[0], fields[1], fields[2], Integer.parseInt(fields[3]),
                    Integer.parseInt(fields[4]), Integer.parseInt(fields[5]), Integer.parseInt(fields[6]),
                    unescape(fields[7]));
        }

        private static String unescape(String escaped) {
            StringBuilder text = new StringBuilder(escaped.length());
            for (int i = 0; i < escaped.length(); i++) {
                char c = escaped.charAt(i);
                if (c == '\\' && i + 1 < escaped.length()) {
                    char next = escaped.charAt(++i);
                    text.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
                } else {
                    text.append(c);
                }
            }
            return text.toString();
        }

        /** Errors CPython raises only in its bytecode compiler; our front end may or may not report them. */
        boolean fromCompilerStage() {
            return stage.equals("compiler");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> corpus() {
        return expectations().stream().map(expected -> Arguments.of(expected.file(), expected));
    }

    private static List<Expectation> expectations() {
        List<Expectation> result = new ArrayList<>();
        try (InputStream in = MalformedProgramsTest.class.getResourceAsStream(CORPUS + "expected.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    result.add(Expectation.fromLine(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static byte[] program(String file) {
        try (InputStream in = MalformedProgramsTest.class.getResourceAsStream(CORPUS + file)) {
            if (in == null) {
                throw new IllegalStateException("corpus program missing: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs our front end as far as CPython's stage that rejects the program; null when it accepts. */
    private static PythonSyntaxError frontEndError(Expectation expected) {
        byte[] source = program(expected.file());
        Module module;
        try {
            module = Parser.parse(source, expected.file());
        } catch (PythonSyntaxError error) {
            return error;
        }
        if (expected.stage().equals("parser")) {
            fail("CPython's parser rejects " + expected.file() + " but ours accepts it");
        }
        try {
            SymbolTable.build(module, SourceText.decode(source), expected.file());
        } catch (PythonSyntaxError error) {
            return error;
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void failsWithCPythonsClassMessageAndLine(String file, Expectation expected) {
        PythonSyntaxError error = frontEndError(expected);
        if (error == null) {
            if (!expected.fromCompilerStage()) {
                fail("CPython's " + expected.stage() + " rejects " + file + " but our front end accepts it");
            }
            return;
        }
        assertEquals(expected.kind() + ": " + expected.msg() + " (line " + expected.lineno() + ")",
                error.kind() + ": " + error.msg() + " (line " + error.lineno() + ")", file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void failsAtCPythonsOffset(String file, Expectation expected) {
        PythonSyntaxError error = frontEndError(expected);
        if (error == null) {
            return;
        }
        assertEquals(expected.lineno() + ":" + expected.offset(), error.lineno() + ":" + error.offset(),
                file + " (" + expected.msg() + ")");
    }

    @Test
    void everyCorpusProgramHasExactlyOneExpectation() throws Exception {
        Path corpus = Path.of(MalformedProgramsTest.class.getResource(CORPUS + "expected.tsv").toURI()).getParent();
        Set<String> programs;
        try (Stream<Path> files = Files.list(corpus)) {
            programs = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".py") && !name.equals("expect.py"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        List<String> expected = expectations().stream().map(Expectation::file).sorted().toList();
        assertEquals(List.copyOf(programs), expected, "regenerate expected.tsv with expect.py");
        assertTrue(expected.size() >= 80, "the corpus keeps at least 80 programs");
    }
}
