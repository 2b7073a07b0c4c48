package dev.molt.bench;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.oracle.CPython;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.PythonSyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse throughput over a source tree (default: the CPython 3.12 oracle's standard library). All
 * files are read into memory first; files the parser rejects are left out. After warm-up rounds,
 * each timed round parses every file once in this one JVM; the best and median rounds are reported
 * in source lines (newline bytes) per second.
 *
 * <p>Usage: {@code ParseThroughput [--locate] [--root DIR] [--warmup N] [--rounds N] [--python PATH]};
 * {@code --locate} only prints the oracle's executable and the source root, one per line, so that
 * parse-throughput.sh can measure CPython on the very same files.
 */
public final class ParseThroughput {
    private record Source(String name, byte[] bytes) {
    }

    private record Options(Path root, int warmup, int rounds, String python, boolean locateOnly) {
        static Options parse(String[] args) {
            Path root = null;
            int warmup = 5;
            int rounds = 10;
            String python = null;
            boolean locateOnly = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--locate" -> locateOnly = true;
                    case "--root" -> root = Path.of(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--python" -> python = args[++i];
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; usage: ParseThroughput [--locate] [--root DIR] [--warmup N] [--rounds N] [--python PATH]");
                }
            }
            return new Options(root, warmup, rounds, python, locateOnly);
        }
    }

    private ParseThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        CPython python = options.root() == null || options.locateOnly() ? CPython.locate(options.python()) : null;
        Path root = options.root() != null ? options.root() : python.stdlibDirectory();
        if (options.locateOnly()) {
            System.out.println(python.executable());
            System.out.println(root);
            return;
        }
        List<Source> all = load(root);
        List<Source> sources = parseable(all);
        long lines = 0;
        long bytes = 0;
        for (Source source : sources) {
            lines += newlines(source.bytes());
            bytes += source.bytes().length;
        }
        System.out.printf("molt: %d files (%d rejected and left out), %d lines, %.1f MB under %s%n",
                sources.size(), all.size() - sources.size(), lines, bytes / 1e6, root);
        long checksum = 0;
        for (int i = 0; i < options.warmup(); i++) {
            checksum += parseAll(sources);
        }
        double[] seconds = new double[options.rounds()];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            checksum += parseAll(sources);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[seconds.length / 2];
        System.out.printf("molt: best %.3f s, median %.3f s per round over %d rounds (after %d warm-up; checksum %d)%n",
                seconds[0], median, seconds.length, options.warmup(), checksum);
        System.out.printf("molt lines/s: %.0f (median %.0f)%n", lines / seconds[0], lines / median);
    }

    private static List<Source> load(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.add(new Source(path.toString(), Files.readAllBytes(path)));
        }
        return sources;
    }

    private static List<Source> parseable(List<Source> sources) {
        List<Source> accepted = new ArrayList<>();
        for (Source source : sources) {
            try {
                Parser.parse(source.bytes(), source.name());
                accepted.add(source);
            } catch (PythonSyntaxError rejected) {
                // left out of the measurement, as the CPython side leaves out what it rejects
            }
        }
        return accepted;
    }

    /** Returns a value derived from every tree so the JIT cannot drop the work. */
    private static int parseAll(List<Source> sources) {
        int statements = 0;
        for (Source source : sources) {
            Module module = Parser.parse(source.bytes(), source.name());
            statements += module.body().size();
        }
        return statements;
    }

    private static long newlines(byte[] bytes) {
        long count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }
}
