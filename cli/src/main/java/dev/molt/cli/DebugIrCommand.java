package dev.molt.cli;

import dev.molt.compiler.ir.IrModule;
import dev.molt.compiler.ir.IrPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code molt debug ir}: the IR of a program, as lowered and/or after the midend passes. */
@Command(name = "ir",
        mixinStandardHelpOptions = true,
        description = {"Print a program's IR: as lowered from the AST (pre-midend), after the midend",
            "passes (post-midend), or both. The IR is verified after lowering and after every pass."})
final class DebugIrCommand implements Callable<Integer> {
    enum Stage { PRE_MIDEND, POST_MIDEND, ALL }

    @Parameters(index = "0", paramLabel = "SRC", description = "The program's .py file.")
    Path source;

    @Option(names = "--stage", paramLabel = "pre-midend|post-midend|all", defaultValue = "post-midend",
            description = "Which IR to print (default: ${DEFAULT-VALUE}).")
    String stage;

    @Option(names = "--disable-pass", paramLabel = "NAME", description = "Skip a midend pass (repeatable).")
    List<String> disabledPasses = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Stage which = switch (stage) {
            case "pre-midend" -> Stage.PRE_MIDEND;
            case "post-midend" -> Stage.POST_MIDEND;
            case "all" -> Stage.ALL;
            default -> throw new UsageException("unknown stage '" + stage + "' (expected pre-midend, post-midend or all)");
        };
        ProgramSource src = ProgramSource.read(source);
        ProgramCompiler compiler = new ProgramCompiler(disabledPasses);
        PrintWriter out = spec.commandLine().getOut();
        try {
            IrModule lowered = compiler.preMidend(src.bytes(), src.filename());
            if (which != Stage.POST_MIDEND) {
                out.print(which == Stage.ALL ? "# pre-midend\n" + IrPrinter.print(lowered) + "\n" : IrPrinter.print(lowered));
            }
            if (which != Stage.PRE_MIDEND) {
                IrModule optimized = compiler.postMidend(lowered);
                out.print(which == Stage.ALL ? "# post-midend\n" + IrPrinter.print(optimized) : IrPrinter.print(optimized));
            }
        } catch (RuntimeException e) {
            out.flush();
            return CompileErrors.report(e, src.filename(), spec.commandLine().getErr());
        }
        out.flush();
        return ExitStatus.OK;
    }
}
