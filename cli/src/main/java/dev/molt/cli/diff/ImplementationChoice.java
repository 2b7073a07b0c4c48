package dev.molt.cli.diff;

import dev.molt.cli.UsageException;
import dev.molt.workers.impl.CommandImplementation;
import dev.molt.workers.impl.CommandTemplate;
import dev.molt.workers.impl.Implementation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Chooses the implementation under test from {@code --impl}, {@code --build}/{@code --run}, or by
 * default Molt's own compiler: {@code molt build} run in a fresh JVM on this CLI's class path, then
 * the executable it produced. The default needs only a {@code build} subcommand to exist; until
 * then it is a usage error pointing at {@code --impl}.
 */
final class ImplementationChoice {

    private ImplementationChoice() {
    }

    static Implementation choose(Optional<String> impl, Optional<String> build, Optional<String> run,
                                 String profile, CommandLine root) {
        try {
            if (impl.isPresent()) {
                if (build.isPresent() || run.isPresent()) {
                    throw new UsageException("--impl cannot be combined with --build/--run");
                }
                return CommandImplementation.interpreter(impl.get());
            }
            if (build.isPresent() != run.isPresent()) {
                throw new UsageException("--build and --run go together (e.g. --build 'cc {src} -o {exe}' --run '{exe}')");
            }
            if (build.isPresent()) {
                CommandTemplate b = CommandTemplate.parse(build.get());
                if (!b.mentions("exe")) {
                    throw new UsageException("--build must write its result to {exe}");
                }
                return new CommandImplementation(Optional.of(b), CommandTemplate.parse(run.get()), profile,
                        "build: " + build.get() + "; run: " + run.get());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return molt(profile, root);
    }

    private static Implementation molt(String profile, CommandLine root) {
        if (!root.getSubcommands().containsKey("build")) {
            throw new UsageException("the Molt compiler cannot be the implementation under test yet (molt build"
                    + " does not exist); pass --impl 'COMMAND {src}', e.g. --impl 'python3.12 {src}'");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        List<String> words = List.of(quote(java), "-cp", quote(classPath), "dev.molt.cli.Molt", "build",
                "--profile", "{profile}", "{src}", "-o", "{exe}");
        CommandTemplate build = CommandTemplate.parse(String.join(" ", words));
        return new CommandImplementation(Optional.of(build), CommandTemplate.parse("{exe}"), profile,
                "molt (" + profile + " profile, " + Path.of(classPath.split(":")[0]).getFileName() + ")");
    }

    private static String quote(String word) {
        return "'" + word + "'";
    }
}
