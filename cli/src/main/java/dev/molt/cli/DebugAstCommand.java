package dev.molt.cli;

import dev.molt.compiler.ast.AstDump;
import dev.molt.compiler.syntax.Parser;
import java.io.IOException;
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

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A .py file, or a directory searched recursively for *.py files.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/<relative path>.ast per file (or .err with a JSON error) instead of stdout.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PerFileRun.Stage dump = (source, filename) -> AstDump.dump(Parser.parse(source, filename));
        return new PerFileRun(spec, dump, ".ast", out).run(paths);
    }
}
