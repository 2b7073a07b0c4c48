package dev.molt.cli;

import dev.molt.backends.llvm.OutputFormat;
import dev.molt.backends.llvm.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code molt run}: build into the cache (keyed by source digest, compiler fingerprint and profile, so an
 * unchanged program is not rebuilt) and run, passing arguments, stdin, stdout, stderr and the exit
 * status through.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {"Compile a Python program (cached) and run it; its exit status becomes molt's."})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SRC", description = "The program's .py file.")
    Path source;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "Arguments for the program.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "dev|release", defaultValue = "dev",
            description = "Optimization profile (default: ${DEFAULT-VALUE}).")
    String profile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Profile p = BuildOptions.profile(profile);
        ProgramSource src = ProgramSource.read(source);
        Path exe = BuildCache.executable(src, p);
        if (!Files.exists(exe)) {
            Path staging = Files.createTempFile(Files.createDirectories(exe.getParent()), ".build", "");
            try {
                new ProgramCompiler(List.of()).build(src.bytes(), src.filename(), p, OutputFormat.EXE, staging);
            } catch (RuntimeException e) {
                Files.deleteIfExists(staging);
                return CompileErrors.report(e, src.filename(), spec.commandLine().getErr());
            }
            Files.move(staging, exe, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(arguments);
        spec.commandLine().getOut().flush();
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
