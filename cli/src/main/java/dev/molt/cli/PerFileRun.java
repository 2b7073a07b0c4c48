package dev.molt.cli;

import dev.molt.cli.SourceFiles.SourceFile;
import dev.molt.compiler.syntax.PythonSyntaxError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one front-end stage over many Python files in one process: in parallel, with results printed
 * (or written under an output directory) in file order, and syntax errors reported as CPython
 * reports them.
 */
final class PerFileRun {

    /** A front-end stage: source bytes in, printable result out; may throw PythonSyntaxError. */
    @FunctionalInterface
    interface Stage {
        String apply(byte[] source, String filename);
    }

    /** Files handled in parallel at a time: bounds the results held in memory while keeping order. */
    private static final int BATCH = 64;

    private final CommandSpec spec;
    private final Stage stage;
    private final String extension;
    private final Path out;

    /** @param extension suffix of result files under {@code out}, e.g. {@code .ast}; out may be null */
    PerFileRun(CommandSpec spec, Stage stage, String extension, Path out) {
        this.spec = spec;
        this.stage = stage;
        this.extension = extension;
        this.out = out;
    }

    /** The outcome for one file: a result, a syntax error, or a bug of Molt's own. */
    private record Outcome(SourceFile file, String result, PythonSyntaxError error, RuntimeException bug) {
    }

    int run(List<Path> paths) throws IOException {
        List<SourceFile> files = SourceFiles.expand(paths);
        int failures = 0;
        int bugs = 0;
        for (int i = 0; i < files.size(); i += BATCH) {
            List<Outcome> outcomes = files.subList(i, Math.min(files.size(), i + BATCH))
                    .parallelStream().map(this::apply).toList();
            for (Outcome outcome : outcomes) {
                failures += outcome.error == null ? 0 : 1;
                bugs += outcome.bug == null ? 0 : 1;
                if (outcome.bug != null) {
                    reportBug(outcome);
                } else if (out == null) {
                    print(outcome);
                } else {
                    write(outcome);
                }
            }
        }
        spec.commandLine().getOut().flush();
        if (out != null) {
            spec.commandLine().getErr().printf("molt: %d file(s) done, %d with syntax errors, written to %s%n",
                    files.size() - failures - bugs, failures, out);
        }
        if (bugs > 0) {
            return ExitStatus.INTERNAL;
        }
        return failures == 0 ? ExitStatus.OK : ExitStatus.PROGRAM_ERROR;
    }

    /** A bug must not cost the other files their results: one line for this file, and go on. */
    private void reportBug(Outcome outcome) {
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("molt: internal error on " + outcome.file.path() + ": " + outcome.bug
                + " (please report it with this file)");
        spec.commandLine().getErr().flush();
    }

    private Outcome apply(SourceFile file) {
        byte[] source;
        try {
            source = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UsageException("cannot read " + file.path() + ": " + e.getMessage());
        }
        try {
            return new Outcome(file, stage.apply(source, file.path().toString()), null, null);
        } catch (PythonSyntaxError error) {
            return new Outcome(file, null, error, null);
        } catch (UsageException e) {
            throw e;
        } catch (RuntimeException bug) {
            return new Outcome(file, null, null, bug);
        }
    }

    private void print(Outcome outcome) {
        if (outcome.error == null) {
            spec.commandLine().getOut().println(outcome.result);
        } else {
            spec.commandLine().getOut().flush();
            PrintWriter err = spec.commandLine().getErr();
            err.print(SyntaxErrorReport.render(outcome.error, outcome.file.path().toString()));
            err.flush();
        }
    }

    private void write(Outcome outcome) throws IOException {
        Path base = out.resolve(outcome.file.relative().toString());
        Path result = base.resolveSibling(base.getFileName() + extension);
        Path err = base.resolveSibling(base.getFileName() + ".err");
        Files.createDirectories(base.getParent());
        if (outcome.error == null) {
            Files.deleteIfExists(err);
            Files.writeString(result, outcome.result + "\n", StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(result);
            Files.writeString(err, PythonJson.write(SyntaxErrorReport.fields(outcome.error)) + "\n",
                    StandardCharsets.UTF_8);
        }
    }
}
