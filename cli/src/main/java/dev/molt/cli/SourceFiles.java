package dev.molt.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands command-line PATH arguments into the Python files they name, in a stable order. */
final class SourceFiles {

    /**
     * A Python file found from a PATH argument. {@code relative} is its path below the argument when
     * the argument was a directory, or just its file name when the argument named the file itself.
     */
    record SourceFile(Path path, Path relative) {
    }

    private SourceFiles() {
    }

    static List<SourceFile> expand(List<Path> arguments) {
        List<SourceFile> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                files.addAll(walk(argument));
            } else if (Files.isRegularFile(argument)) {
                files.add(new SourceFile(argument, argument.getFileName()));
            } else {
                throw new UsageException("no such file or directory: " + argument);
            }
        }
        return files;
    }

    private static List<SourceFile> walk(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    .sorted()
                    .map(p -> new SourceFile(p, directory.relativize(p)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot list " + directory + ": " + e.getMessage());
        }
    }
}
