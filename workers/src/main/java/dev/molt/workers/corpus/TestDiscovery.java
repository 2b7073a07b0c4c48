package dev.molt.workers.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands sweep arguments into tests: a {@code .py} file is a test, a directory contributes its
 * {@code *.py} files recursively in sorted order, any other file is a manifest of such paths (one per
 * line, {@code #} comments, relative paths resolved against the manifest's directory). Each test is
 * listed once, at its first mention.
 */
public final class TestDiscovery {
    private final Path baseDir;

    /** @param baseDir test ids are paths relative to this directory when the test lies below it */
    public TestDiscovery(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    public List<TestCase> discover(List<Path> arguments) {
        Map<Path, TestCase> tests = new LinkedHashMap<>();
        for (Path argument : arguments) {
            expand(argument.toAbsolutePath().normalize(), tests, 0);
        }
        return List.copyOf(tests.values());
    }

    private void expand(Path path, Map<Path, TestCase> tests, int manifestDepth) {
        if (Files.isDirectory(path)) {
            for (Path file : pythonFiles(path)) {
                add(file, tests);
            }
        } else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".py")) {
            add(path, tests);
        } else if (Files.isRegularFile(path)) {
            if (manifestDepth > 8) {
                throw new CorpusException(path + ": manifests nested more than 8 deep");
            }
            for (Path entry : manifestEntries(path)) {
                expand(entry, tests, manifestDepth + 1);
            }
        } else {
            throw new CorpusException("no such test, directory or manifest: " + path);
        }
    }

    private void add(Path file, Map<Path, TestCase> tests) {
        if (!tests.containsKey(file)) {
            tests.put(file, new TestCase(idOf(file), file, MetadataParser.parse(read(file), idOf(file))));
        }
    }

    private String idOf(Path file) {
        return file.startsWith(baseDir) ? baseDir.relativize(file).toString() : file.toString();
    }

    private static List<Path> pythonFiles(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException("cannot list " + directory + ": " + e.getMessage());
        }
    }

    static List<Path> manifestEntries(Path manifest) {
        List<Path> entries = new ArrayList<>();
        for (String line : lines(manifest)) {
            String entry = stripComment(line);
            if (!entry.isEmpty()) {
                entries.add(manifest.getParent().resolve(entry).normalize());
            }
        }
        return entries;
    }

    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Metadata lives in ASCII comments, so undecodable bytes elsewhere must not stop discovery. */
    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
