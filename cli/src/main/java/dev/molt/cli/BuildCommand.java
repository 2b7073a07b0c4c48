package dev.molt.cli;

import dev.molt.backends.llvm.OutputFormat;
import dev.molt.backends.llvm.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code molt build}: a Python program → a standalone native executable (or object, or LLVM IR). */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Compile a Python 3.12 program to a native executable that needs only libc and libm.",
            "Exit status 2 with 'FILE:LINE:COL: unsupported: WHAT' when the program uses something",
            "the compiler does not support yet; 1 with CPython's report on a syntax error."})
final class BuildCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SRC", description = "The program's .py file.")
    Path source;

    @Option(names = "--profile", paramLabel = "dev|release", defaultValue = "release",
            description = "Optimization profile (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file (default: SRC's name without .py, in the current directory).")
    Path output;

    @Option(names = "--emit", paramLabel = "exe|obj|llvm-ir", defaultValue = "exe",
            description = "What to write (default: ${DEFAULT-VALUE}).")
    String emit;

    @Option(names = "--disable-pass", paramLabel = "NAME", description = "Skip a midend pass (repeatable).")
    List<String> disabledPasses = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Profile p = BuildOptions.profile(profile);
        OutputFormat format = BuildOptions.format(emit);
        ProgramSource src = ProgramSource.read(source);
        Path out = output != null ? output : Path.of(defaultName(format));
        try {
            new ProgramCompiler(disabledPasses).build(src.bytes(), src.filename(), p, format, out);
        } catch (RuntimeException e) {
            return CompileErrors.report(e, src.filename(), spec.commandLine().getErr());
        }
        return ExitStatus.OK;
    }

    private String defaultName(OutputFormat format) {
        String name = source.getFileName().toString();
        String stem = name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
        return switch (format) {
            case EXE -> stem;
            case OBJ -> stem + ".o";
            case LLVM_IR -> stem + ".ll";
        };
    }
}
