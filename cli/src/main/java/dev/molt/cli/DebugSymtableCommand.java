package dev.molt.cli;

import dev.molt.compiler.semantic.SemanticAnalysis;
import dev.molt.compiler.semantic.SymbolTableDump;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code molt debug symtable}: the scopes and name classes of each file, after every compile-time
 * check CPython makes ({@code compile(src, path, 'exec')} fails exactly when this reports an error).
 */
@Command(name = "symtable",
        mixinStandardHelpOptions = true,
        description = {
            "Print the symbol table of Python files: every scope (module, class, function, lambda,",
            "comprehension, type parameters) and each name's class (LOCAL, GLOBAL_EXPLICIT,",
            "GLOBAL_IMPLICIT, FREE, CELL) with its flags. Runs all of CPython's compile-time checks;",
            "a file that fails them is reported as CPython reports it and makes the exit status 1."})
final class DebugSymtableCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A .py file, or a directory searched recursively for *.py files.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/<relative path>.symtable per file (or .err with a JSON error) instead of stdout.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PerFileRun.Stage analyze = (source, filename) -> {
            SourceText text = SourceText.decode(source);
            var table = SemanticAnalysis.analyze(Parser.parse(text, filename), text, filename);
            return "# " + filename + "\n" + SymbolTableDump.dump(table).stripTrailing();
        };
        return new PerFileRun(spec, analyze, ".symtable", out).run(paths);
    }
}
