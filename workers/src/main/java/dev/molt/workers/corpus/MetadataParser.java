package dev.molt.workers.corpus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code # molt: DIRECTIVE ARGS} lines from the comment block at the top of a test (blank
 * lines, a shebang and a coding cookie may be mixed in; the first code line ends the block). An
 * unknown directive is an error rather than silently ignored, so a typo cannot disable a skip.
 */
public final class MetadataParser {
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*molt:\\s*(\\S+)\\s*(.*)");
    private static final Pattern BOUND = Pattern.compile("(>=|<=|==|!=|>|<)\\s*(\\d+)\\.(\\d+)");

    private MetadataParser() {
    }

    public static TestMetadata parse(String source, String file) {
        Optional<String> skip = Optional.empty();
        Optional<String> xfail = Optional.empty();
        Optional<Duration> timeout = Optional.empty();
        List<VersionBound> python = new ArrayList<>();
        List<String> platforms = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        String[] lines = source.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = DIRECTIVE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String args = m.group(2).strip();
            switch (m.group(1)) {
                case "skip" -> skip = Optional.of(args.isEmpty() ? "skipped by metadata" : args);
                case "xfail" -> xfail = Optional.of(requireArgs(args, where + "xfail needs a reason"));
                case "python" -> python.addAll(bounds(args, where));
                case "platform" -> platforms.addAll(words(args, where + "platform needs names"));
                case "target" -> targets.addAll(words(args, where + "target needs names"));
                case "timeout" -> timeout = Optional.of(seconds(args, where));
                default -> throw new CorpusException(where + "unknown directive '" + m.group(1)
                        + "' (known: skip, xfail, python, platform, target, timeout)");
            }
        }
        return new TestMetadata(skip, xfail, python, platforms, targets, timeout);
    }

    private static String requireArgs(String args, String message) {
        if (args.isEmpty()) {
            throw new CorpusException(message);
        }
        return args;
    }

    private static List<String> words(String args, String message) {
        return List.of(requireArgs(args, message).split("[\\s,]+"));
    }

    private static List<VersionBound> bounds(String args, String where) {
        List<VersionBound> bounds = new ArrayList<>();
        for (String part : requireArgs(args, where + "python needs a bound such as '>= 3.12'").split(",")) {
            Matcher m = BOUND.matcher(part.strip());
            if (!m.matches()) {
                throw new CorpusException(where + "bad python bound '" + part.strip() + "' (e.g. '>= 3.12, < 3.13')");
            }
            bounds.add(new VersionBound(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        return bounds;
    }

    private static Duration seconds(String args, String where) {
        try {
            double value = Double.parseDouble(args);
            if (value > 0) {
                return Duration.ofMillis((long) (value * 1000));
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new CorpusException(where + "timeout needs a positive number of seconds");
    }
}
