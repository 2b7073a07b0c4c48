package dev.molt.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.molt.compiler.ast.AstDump;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.oracle.CPython;
import dev.molt.compiler.oracle.OracleUnavailableException;
import dev.molt.compiler.semantic.SemanticAnalysis;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing of the front end against CPython 3.12: mutants of stdlib snippets (see
 * {@link SourceMutator}, {@link FuzzSeeds}) go through CPython's {@code ast.parse} and
 * {@code compile()} in one oracle run ({@link CPythonVerdicts}) and through {@link Parser#parse} and
 * {@link SemanticAnalysis#analyze}. Molt must never throw anything but PythonSyntaxError nor hang;
 * it must accept exactly what CPython accepts, with a byte-identical dump; where both reject, the
 * exception class, line and message must agree (the offset is reported, not asserted).
 *
 * <p>{@code -Dmolt.fuzz.count=N -Dmolt.fuzz.seed=S} run a longer campaign; the findings go to
 * target/fuzz-report.txt.
 */
class ParserFuzzTest {
    private static final int DEFAULT_COUNT = 3000;
    private static final long DEFAULT_SEED = 20240601L;
    private static final long TIMEOUT_SECONDS = 10;
    private static final int FILES_PER_DIRECTORY = 1000;
    private static final long WORKER_STACK_BYTES = 256L << 20;

    /** What Molt made of one mutant. */
    private record MoltVerdict(String dump, PythonSyntaxError parseError, PythonSyntaxError compileError,
            Throwable crash, boolean hung) {
    }

    private ExecutorService worker = newWorker();

    @Test
    void mutantsAgreeWithCPython() throws Exception {
        CPython python;
        try {
            python = CPython.locate(System.getProperty("molt.python"));
        } catch (OracleUnavailableException e) {
            fail("The parser fuzz test needs CPython 3.12 as its oracle.\n" + e.getMessage());
            return;
        }
        int count = Integer.getInteger("molt.fuzz.count", DEFAULT_COUNT);
        long seed = Long.getLong("molt.fuzz.seed", DEFAULT_SEED);
        List<byte[]> mutants = mutants(python.stdlibDirectory(), count, seed);
        Path campaign = Path.of("target", "fuzz", digest(mutants));
        Path sources = writeMutants(campaign.resolve("mutants"), mutants);
        CPythonVerdicts verdicts = CPythonVerdicts.produce(python, sources, campaign.resolve("cpython"), true);
        assertEquals(count, verdicts.entries().size(), "CPython's verdicts per mutant");

        FuzzFindings findings = new FuzzFindings();
        try {
            for (CPythonVerdicts.Entry entry : verdicts.entries()) {
                compare(verdicts, entry, findings);
            }
        } finally {
            worker.shutdownNow();
        }
        String title = "parser fuzz (seed " + seed + ", " + count + " mutants)";
        Files.writeString(Path.of("target", "fuzz-report.txt"), findings.summary(title) + findings.details());
        System.out.print(findings.summary(title));
        FuzzQuirks.checkExcusedCounts(findings.excused(), count);
        if (findings.divergenceCount() > 0) {
            fail(findings.summary(title) + "(examples: target/fuzz-report.txt)");
        }
    }

    private static List<byte[]> mutants(Path stdlib, int count, long seed) throws IOException {
        Random random = new Random(seed);
        FuzzSeeds seeds = FuzzSeeds.from(stdlib, random);
        SourceMutator mutator = new SourceMutator(random);
        List<byte[]> mutants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mutants.add(mutator.mutate(seeds.next()).getBytes(StandardCharsets.UTF_8));
        }
        return mutants;
    }

    /** Writes the mutants as {@code NNN/NNNNNN.py} unless an earlier run already did. */
    private static Path writeMutants(Path root, List<byte[]> mutants) throws IOException {
        Path done = root.resolve("complete");
        if (Files.exists(done)) {
            return root;
        }
        for (int i = 0; i < mutants.size(); i++) {
            Path file = root.resolve(String.format("%03d/%06d.py", i / FILES_PER_DIRECTORY, i));
            Files.createDirectories(file.getParent());
            Files.write(file, mutants.get(i));
        }
        Files.writeString(done, "");
        return root;
    }

    private void compare(CPythonVerdicts verdicts, CPythonVerdicts.Entry entry, FuzzFindings findings)
            throws IOException {
        byte[] source = Files.readAllBytes(verdicts.source(entry));
        String name = entry.relativePath();
        String text = new String(source, StandardCharsets.UTF_8);
        MoltVerdict molt = runMolt(source, name);
        if (molt.hung()) {
            findings.outcome("hung");
            findings.diverge(new FuzzFindings.Divergence("hang", name, text, "-", "no answer in " + TIMEOUT_SECONDS + " s"));
            return;
        }
        if (molt.crash() != null) {
            findings.outcome("crashed");
            StackTraceElement[] trace = molt.crash().getStackTrace();
            String where = trace.length > 0 ? trace[0].toString() : "?";
            findings.diverge(new FuzzFindings.Divergence("crash " + molt.crash().getClass().getSimpleName() + " at " + where,
                    name, text, "-", molt.crash().toString()));
            return;
        }
        if (entry.rejected()) {
            findings.outcome("rejected");
            compareRejection("parse", verdicts.rejection(entry), molt.parseError(), name, text, findings);
            return;
        }
        findings.outcome("accepted");
        if (molt.parseError() != null) {
            findings.diverge(new FuzzFindings.Divergence("parse: Molt rejects, CPython accepts: "
                    + FuzzFindings.fold(molt.parseError().msg()), name, text, "accepts", describe(molt.parseError())));
            return;
        }
        if (!molt.dump().equals(verdicts.dump(entry))) {
            findings.diverge(new FuzzFindings.Divergence("parse: dump differs", name, text,
                    verdicts.dump(entry), molt.dump()));
            return;
        }
        compareRejection("compile", verdicts.compileRejection(entry), molt.compileError(), name, text, findings);
    }

    private static void compareRejection(String stage, CPythonVerdicts.Rejection expected, PythonSyntaxError actual,
            String name, String text, FuzzFindings findings) {
        if (expected == null && actual == null) {
            return;
        }
        if (expected != null) {
            String quirk = FuzzQuirks.excuse(stage, expected, actual);
            if (quirk != null) {
                findings.excuse(quirk);
                return;
            }
        }
        String category;
        if (expected == null) {
            category = "Molt rejects, CPython accepts: " + FuzzFindings.fold(actual.msg());
        } else if (actual == null) {
            category = "Molt accepts, CPython rejects: " + FuzzFindings.fold(expected.msg());
        } else if (!expected.exceptionClass().equals(actual.kind().name())) {
            category = "class " + expected.exceptionClass() + " -> " + actual.kind() + ": "
                    + FuzzFindings.fold(expected.msg()) + " -> " + FuzzFindings.fold(actual.msg());
        } else if (!expected.msg().equals(actual.msg())) {
            category = "message: " + FuzzFindings.fold(expected.msg()) + " -> " + FuzzFindings.fold(actual.msg());
        } else if (lineOf(expected) != actual.lineno()) {
            category = "line: " + FuzzFindings.fold(expected.msg());
        } else {
            return;
        }
        findings.diverge(new FuzzFindings.Divergence(stage + ": " + category, name, text,
                expected == null ? "accepts" : describe(expected), actual == null ? "accepts" : describe(actual)));
    }

    private static int lineOf(CPythonVerdicts.Rejection rejection) {
        return rejection.lineno() == null ? 0 : rejection.lineno();
    }

    private MoltVerdict runMolt(byte[] source, String name) {
        Future<MoltVerdict> future = worker.submit(() -> analyse(source, name));
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new MoltVerdict(null, null, null, null, true);
        } catch (ExecutionException e) {
            return new MoltVerdict(null, null, null, e.getCause(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static MoltVerdict analyse(byte[] source, String name) {
        Module module;
        try {
            module = Parser.parse(source, name);
        } catch (PythonSyntaxError error) {
            return new MoltVerdict(null, error, null, null, false);
        } catch (Throwable crash) {
            return new MoltVerdict(null, null, null, crash, false);
        }
        String dump;
        try {
            dump = AstDump.dump(module);
        } catch (Throwable crash) {
            return new MoltVerdict(null, null, null, crash, false);
        }
        try {
            SemanticAnalysis.analyze(module, SourceText.decode(source), name);
        } catch (PythonSyntaxError error) {
            return new MoltVerdict(dump, null, error, null, false);
        } catch (Throwable crash) {
            return new MoltVerdict(null, null, null, crash, false);
        }
        return new MoltVerdict(dump, null, null, null, false);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(null, task, "fuzz-worker", WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static String describe(PythonSyntaxError error) {
        return error.kind() + " line " + error.lineno() + " offset " + error.offset() + ": " + error.msg();
    }

    private static String describe(CPythonVerdicts.Rejection rejection) {
        return rejection.exceptionClass() + " line " + rejection.lineno() + " offset " + rejection.offset() + ": "
                + rejection.msg();
    }

    private static String digest(List<byte[]> mutants) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (byte[] mutant : mutants) {
            sha.update(mutant);
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
