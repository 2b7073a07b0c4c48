package dev.molt.cli;

import dev.molt.cli.SourceFiles.SourceFile;
import dev.molt.compiler.ast.AstDump;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.PythonSyntaxError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code molt debug ast}: prints what CPython's {@code ast.dump(ast.parse(src), include_attributes=True)}
 * prints, for many files in one process.
 */
@Command(name = "ast",
        mixinStandardHelpOptions = true,
        description = {
            "Print the syntax tree of Python files exactly as CPython 3.12's",
            "ast.dump(ast.parse(source), include_attributes=True) does, one line per file.",
            "Files that do not parse are reported as CPython reports them and make the exit status 1."})
final class DebugAstCommand implements Callable<Integer> {

    /** Files parsed in parallel at a time: bounds the dumps held in memory while keeping output in order. */
    private static final int BATCH = 64;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A .py file, or a directory searched recursively for *.py files.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/<relative path>.ast per file (or .err with a JSON error) instead of stdout.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The outcome for one file: a dump, a syntax error, or nothing yet. */
    private record Outcome(SourceFile file, String dump, PythonSyntaxError error) {
    }

    @Override
    public Integer call() throws IOException {
        List<SourceFile> files = SourceFiles.expand(paths);
        int failures = 0;
        for (int i = 0; i < files.size(); i += BATCH) {
            List<Outcome> outcomes = files.subList(i, Math.min(files.size(), i + BATCH))
                    .parallelStream().map(DebugAstCommand::parse).toList();
            for (Outcome outcome : outcomes) {
                failures += outcome.error == null ? 0 : 1;
                if (out == null) {
                    print(outcome);
                } else {
                    write(outcome);
                }
            }
        }
        spec.commandLine().getOut().flush();
        if (out != null) {
            spec.commandLine().getErr().printf("molt: %d file(s) parsed, %d with syntax errors, written to %s%n",
                    files.size() - failures, failures, out);
        }
        return failures == 0 ? ExitStatus.OK : ExitStatus.PROGRAM_ERROR;
    }

    private static Outcome parse(SourceFile file) {
        byte[] source;
        try {
            source = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UsageException("cannot read " + file.path() + ": " + e.getMessage());
        }
        try {
            return new Outcome(file, AstDump.dump(Parser.parse(source, file.path().toString())), null);
        } catch (PythonSyntaxError error) {
            return new Outcome(file, null, error);
        }
    }

    private void print(Outcome outcome) {
        if (outcome.error == null) {
            spec.commandLine().getOut().println(outcome.dump);
        } else {
            PrintWriter err = spec.commandLine().getErr();
            err.print(SyntaxErrorReport.render(outcome.error, outcome.file.path().toString()));
            err.flush();
        }
    }

    private void write(Outcome outcome) throws IOException {
        Path base = out.resolve(outcome.file.relative().toString());
        Path ast = base.resolveSibling(base.getFileName() + ".ast");
        Path err = base.resolveSibling(base.getFileName() + ".err");
        Files.createDirectories(base.getParent());
        if (outcome.error == null) {
            Files.deleteIfExists(err);
            Files.writeString(ast, outcome.dump + "\n", StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(ast);
            Files.writeString(err, PythonJson.write(SyntaxErrorReport.fields(outcome.error)) + "\n",
                    StandardCharsets.UTF_8);
        }
    }
}
