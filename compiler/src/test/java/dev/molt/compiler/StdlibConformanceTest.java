package dev.molt.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.molt.compiler.ast.AstDump;
import dev.molt.compiler.oracle.CPython;
import dev.molt.compiler.oracle.OracleUnavailableException;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.PythonSyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The front end's acceptance test: for every {@code *.py} in the CPython 3.12 oracle's standard
 * library, Molt's {@code AstDump.dump(Parser.parse(bytes))} must be byte-identical to CPython's
 * {@code ast.dump(ast.parse(bytes), include_attributes=True)}, and files CPython rejects must be
 * rejected with the same exception class and line. CPython's side runs once into
 * target/cpython-ast/ (reused while the oracle and script are unchanged); the full list of
 * mismatches goes to target/stdlib-conformance.txt. The oracle comes from
 * {@code -Dmolt.python=...}, $MOLT_PYTHON, PATH or pyenv (see {@link CPython#locate}).
 */
class StdlibConformanceTest {
    /** Parsers recurse; give workers the same generous stack the surefire JVM's main thread gets. */
    private static final long WORKER_STACK_BYTES = 256L << 20;

    @Test
    void everyStdlibFileMatchesCPython() throws Exception {
        CPython python;
        try {
            python = CPython.locate(System.getProperty("molt.python"));
        } catch (OracleUnavailableException e) {
            fail("The stdlib conformance test needs CPython 3.12 as its oracle.\n" + e.getMessage());
            return;
        }
        Path stdlib = python.stdlibDirectory();
        CPythonVerdicts verdicts = CPythonVerdicts.produce(python, stdlib, Path.of("target", "cpython-ast"));
        assertTrue(verdicts.entries().size() > 1000, "suspiciously few files under " + stdlib);

        ConformanceReport report = compareAll(verdicts);
        String summary = report.render();
        Path fullReport = Path.of("target", "stdlib-conformance.txt");
        Files.writeString(fullReport, report.renderAll());
        if (!report.mismatches().isEmpty()) {
            fail(summary + "(every mismatch: " + fullReport.toAbsolutePath() + ")");
        }
        System.out.print(summary);
    }

    private static ConformanceReport compareAll(CPythonVerdicts verdicts) throws Exception {
        ConformanceReport report = new ConformanceReport();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger serial = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                task -> new Thread(null, task, "conformance-" + serial.incrementAndGet(), WORKER_STACK_BYTES));
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (CPythonVerdicts.Entry entry : verdicts.entries()) {
                pending.add(pool.submit(() -> {
                    compareOne(verdicts, entry, report);
                    return null;
                }));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return report;
    }

    private static void compareOne(CPythonVerdicts verdicts, CPythonVerdicts.Entry entry, ConformanceReport report)
            throws IOException {
        String path = entry.relativePath();
        byte[] source = Files.readAllBytes(verdicts.source(entry));
        String actual;
        try {
            actual = AstDump.dump(Parser.parse(source, verdicts.source(entry).toString()));
        } catch (PythonSyntaxError error) {
            compareRejection(verdicts, entry, error, report);
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError crash) {
            report.mismatch(new ConformanceReport.Mismatch(path, "crash " + crash.getClass().getSimpleName(),
                    "crashed: " + crash));
            return;
        }
        if (entry.rejected()) {
            CPythonVerdicts.Rejection expected = verdicts.rejection(entry);
            report.mismatch(new ConformanceReport.Mismatch(path, "accepted, CPython raises " + expected.exceptionClass(),
                    "parsed, but CPython raises " + describe(expected)));
            return;
        }
        String expected = verdicts.dump(entry);
        if (expected.equals(actual)) {
            report.matched();
        } else {
            report.mismatch(ConformanceReport.dumpDifference(path, expected, actual));
        }
    }

    private static void compareRejection(CPythonVerdicts verdicts, CPythonVerdicts.Entry entry, PythonSyntaxError error,
            ConformanceReport report) throws IOException {
        String path = entry.relativePath();
        String ours = error.kind() + " line " + error.lineno() + ": " + error.msg();
        if (!entry.rejected()) {
            report.mismatch(new ConformanceReport.Mismatch(path, "rejected: " + error.kind() + ": " + error.msg(),
                    "CPython accepts; Molt raises " + ours));
            return;
        }
        CPythonVerdicts.Rejection expected = verdicts.rejection(entry);
        int expectedLine = expected.lineno() == null ? 0 : expected.lineno();
        if (expected.exceptionClass().equals(error.kind().name()) && expectedLine == error.lineno()) {
            report.rejectedAndMatched();
        } else {
            report.mismatch(new ConformanceReport.Mismatch(path, "wrong error",
                    "CPython raises " + describe(expected) + "; Molt raises " + ours));
        }
    }

    private static String describe(CPythonVerdicts.Rejection rejection) {
        return rejection.exceptionClass() + " line " + rejection.lineno() + ": " + rejection.msg();
    }
}
