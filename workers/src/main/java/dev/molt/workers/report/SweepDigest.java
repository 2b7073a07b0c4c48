package dev.molt.workers.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The grouped view of a sweep behind {@code molt debug diff}: counts by status, failing tests grouped
 * by cause (the exception type for a stderr mismatch, the first differing stdout line, the crash
 * signal, …), and the largest RSS. Optionally restricted to a failure queue (a failures.txt).
 */
public final class SweepDigest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One cause and the tests that share it, largest group first. */
    public record Group(String cause, List<String> tests) {
    }

    public record Digest(Map<String, Integer> counts, List<Group> groups, List<Map<String, Object>> largestRss,
                         int failing) {
    }

    private SweepDigest() {
    }

    /** @throws IllegalArgumentException when the summary is unreadable or not a sweep summary */
    public static Digest read(Path summary, Optional<Path> failureQueue) {
        JsonNode root;
        try {
            root = JSON.readTree(summary.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + summary + ": " + e.getMessage());
        }
        if (root == null || !root.has("tests") || !root.has("counts")) {
            throw new IllegalArgumentException(summary + " is not a molt diff summary (no tests/counts)");
        }
        Optional<Set<String>> queue = failureQueue.map(SweepDigest::queue);
        Map<String, Integer> counts = new LinkedHashMap<>();
        root.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        Map<String, List<String>> byCause = new LinkedHashMap<>();
        int failing = 0;
        for (JsonNode test : root.get("tests")) {
            String status = test.path("status").asText();
            if (status.equals("pass") || status.equals("xfail") || status.equals("skip")) {
                continue;
            }
            if (queue.isPresent() && !queue.get().contains(test.path("path").asText())) {
                continue;
            }
            failing++;
            byCause.computeIfAbsent(cause(test), k -> new ArrayList<>()).add(test.path("id").asText());
        }
        List<Group> groups = new ArrayList<>();
        byCause.forEach((cause, tests) -> groups.add(new Group(cause, List.copyOf(tests))));
        groups.sort(Comparator.comparingInt((Group g) -> -g.tests().size()).thenComparing(Group::cause));
        return new Digest(counts, groups, largestRss(root), failing);
    }

    static String cause(JsonNode test) {
        String status = test.path("status").asText();
        String aspect = test.path("aspect").asText("");
        String detail = test.path("detail").asText("");
        if (status.equals("fail")) {
            switch (aspect) {
                case "stderr":
                    return "fail: exception " + exceptionType(test.path("actual").asText(""))
                            + " (expected " + exceptionType(test.path("expected").asText("")) + ")";
                case "stdout":
                    return "fail: first differing stdout line: got " + shown(test.path("actual"))
                            + ", expected " + shown(test.path("expected"));
                case "exit_status":
                    return "fail: exit status " + test.path("actual").asText() + " (expected "
                            + test.path("expected").asText() + ")";
                default:
                    return "fail: " + detail;
            }
        }
        if (status.equals("timeout") || status.equals("oom") || status.equals("xpass")) {
            return status;
        }
        return status + ": " + (status.equals("compile_error") || status.equals("unsupported")
                ? exceptionType(detail.replaceFirst("^build failed: ", "")) : detail);
    }

    /** {@code TypeError: unsupported operand} → {@code TypeError}; other text is kept whole. */
    static String exceptionType(String line) {
        int colon = line.indexOf(':');
        String head = colon < 0 ? line : line.substring(0, colon);
        return head.matches("[A-Za-z_][\\w.]*") ? head : line;
    }

    private static String shown(JsonNode line) {
        if (line.isMissingNode() || line.isNull()) {
            return "end of output";
        }
        String s = line.asText();
        return "'" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
    }

    private static List<Map<String, Object>> largestRss(JsonNode root) {
        List<Map<String, Object>> top = new ArrayList<>();
        for (JsonNode entry : root.path("rss").path("top")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", entry.path("id").asText());
            m.put("rss_kb", entry.path("rss_kb").asLong());
            top.add(m);
        }
        return top;
    }

    private static Set<String> queue(Path file) {
        try {
            Set<String> paths = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.replaceFirst("#.*", "").strip();
                if (!entry.isEmpty()) {
                    paths.add(file.toAbsolutePath().getParent().resolve(entry).normalize().toString());
                }
            }
            return paths;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    public static String toJson(Digest digest) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(digest);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toText(Digest digest) {
        StringBuilder out = new StringBuilder("counts:");
        digest.counts().forEach((status, n) -> {
            if (n > 0) {
                out.append(' ').append(status).append(' ').append(n);
            }
        });
        out.append("\n\n").append(digest.failing()).append(" failing tests in ").append(digest.groups().size())
                .append(" groups\n");
        for (Group g : digest.groups()) {
            out.append("\n[").append(g.tests().size()).append("] ").append(g.cause()).append('\n');
            g.tests().forEach(t -> out.append("    ").append(t).append('\n'));
        }
        if (!digest.largestRss().isEmpty()) {
            out.append("\nlargest peak RSS:\n");
            digest.largestRss().forEach(e -> out.append(String.format("    %8d KB  %s%n", e.get("rss_kb"), e.get("id"))));
        }
        return out.toString();
    }
}
