package dev.molt.compiler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seed programs for the fuzzer, cut from the standard library: either one top-level statement (a
 * line starting in column 0 up to the next such line) or a small window of lines, dedented by its
 * first line's indentation (so later lines may dedent below it, which is a mutation of its own).
 */
final class FuzzSeeds {
    private static final int MAX_STATEMENT_LINES = 30;
    private static final int MAX_WINDOW_LINES = 10;

    private final List<Path> files;
    private final Map<Path, List<String>> lines = new HashMap<>();
    private final Random random;

    private FuzzSeeds(List<Path> files, Random random) {
        this.files = files;
        this.random = random;
    }

    static FuzzSeeds from(Path stdlib, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(stdlib)) {
            files = walk.filter(path -> path.toString().endsWith(".py")).sorted().toList();
        }
        return new FuzzSeeds(files, random);
    }

    /** The next seed; never empty. */
    String next() throws IOException {
        while (true) {
            List<String> source = linesOf(files.get(random.nextInt(files.size())));
            if (source.isEmpty()) {
                continue;
            }
            String seed = random.nextBoolean() ? statement(source) : window(source);
            if (!seed.isBlank()) {
                return seed;
            }
        }
    }

    private String statement(List<String> source) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i);
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#'
                    && line.charAt(0) != ')' && line.charAt(0) != ']' && line.charAt(0) != '}') {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return window(source);
        }
        int pick = random.nextInt(starts.size());
        int end = pick + 1 < starts.size() ? starts.get(pick + 1) : source.size();
        end = Math.min(end, starts.get(pick) + MAX_STATEMENT_LINES);
        return join(source.subList(starts.get(pick), end), "");
    }

    private String window(List<String> source) {
        int start = random.nextInt(source.size());
        int end = Math.min(source.size(), start + 1 + random.nextInt(MAX_WINDOW_LINES));
        String first = source.get(start);
        String indent = first.substring(0, first.length() - first.stripLeading().length());
        return join(source.subList(start, end), indent);
    }

    private static String join(List<String> lines, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
        }
        return out.toString();
    }

    /** The file's lines, or none when it is not UTF-8 (the mutants are written as UTF-8). */
    private List<String> linesOf(Path file) throws IOException {
        List<String> cached = lines.get(file);
        if (cached != null) {
            return cached;
        }
        List<String> result;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            result = List.of(text.split("\r?\n", -1));
        } catch (CharacterCodingException notUtf8) {
            result = List.of();
        }
        lines.put(file, result);
        return result;
    }
}
