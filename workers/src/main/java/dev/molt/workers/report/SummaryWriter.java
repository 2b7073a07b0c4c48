package dev.molt.workers.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.molt.workers.sweep.SweepOptions;
import dev.molt.workers.sweep.SweepResult;
import dev.molt.workers.sweep.TestRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Writes {@code summary.json} (the whole sweep: settings, counts, per-test records, RSS aggregates,
 * provenance, overhead) and {@code failures.txt} (one absolute path per failing test, usable as a
 * manifest to re-run exactly those).
 */
public final class SummaryWriter {
    public static final int SCHEMA_VERSION = 1;
    private static final int TOP_RSS = 10;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryWriter() {
    }

    public static void write(SweepResult result) {
        SweepOptions o = result.options();
        try {
            Files.createDirectories(o.summaryPath().toAbsolutePath().getParent());
            JSON.writeValue(o.summaryPath().toFile(), summary(result));
            Files.createDirectories(o.failuresPath().toAbsolutePath().getParent());
            StringBuilder failures = new StringBuilder();
            result.failures().forEach(r -> failures.append(r.path()).append('\n'));
            Files.writeString(o.failuresPath(), failures, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> summary(SweepResult result) {
        SweepOptions o = result.options();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("schema", SCHEMA_VERSION);
        s.put("ok", result.passed());
        s.put("implementation", o.implementation().description());
        s.put("build_profile", o.buildProfile());
        s.put("oracle", Map.of("executable", result.interpreter().executable().toString(),
                "version", result.interpreter().version()));
        s.put("jobs", o.jobs());
        s.put("limits", limits(o));
        s.put("normalize", o.normalizations().stream().map(n -> n.name().toLowerCase()).sorted().toList());
        s.put("started", result.started().toString());
        s.put("ended", result.ended().toString());
        s.put("wall_ms", result.wallMs());
        s.put("timing", timing(result));
        s.put("git_revision", gitRevision(o.baseDir()));
        s.put("machine", machine());
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.counts().forEach((status, n) -> counts.put(status.label(), n));
        s.put("counts", counts);
        s.put("total", result.records().size());
        s.put("resumed", result.resumed());
        s.put("oom_retried", result.oomRetried());
        s.put("rss", rss(result.records()));
        s.put("tests", result.records());
        return s;
    }

    private static Map<String, Object> limits(SweepOptions o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("memory_bytes", o.limits().addressSpaceBytes());
        m.put("output_bytes", o.limits().fileSizeBytes());
        m.put("processes", o.limits().processes());
        m.put("timeout_ms", o.limits().timeout().toMillis());
        m.put("build_timeout_ms", o.buildTimeout().toMillis());
        return m;
    }

    /**
     * Harness overhead: wall time against the ideal, the sum of the tests' task times divided by the
     * jobs. 1.0 means the harness adds nothing beyond the tasks themselves.
     */
    private static Map<String, Object> timing(SweepResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        long sum = result.taskMsSum();
        long oracle = result.records().stream().mapToLong(TestRecord::oracleMs).sum();
        long build = result.records().stream().mapToLong(TestRecord::buildMs).sum();
        long run = result.records().stream().mapToLong(TestRecord::runMs).sum();
        m.put("task_ms_sum", sum);
        m.put("oracle_ms_sum", oracle);
        m.put("build_ms_sum", build);
        m.put("run_ms_sum", run);
        m.put("oracle_cache_hits", result.records().stream().filter(TestRecord::oracleCached).count());
        double ideal = (double) sum / result.options().jobs();
        m.put("ideal_wall_ms", Math.round(ideal));
        m.put("overhead_ratio", ideal > 0 ? Math.round(result.wallMs() / ideal * 1000) / 1000.0 : null);
        return m;
    }

    private static Map<String, Object> rss(List<TestRecord> records) {
        List<TestRecord> measured = new ArrayList<>(records.stream().filter(r -> r.rssKb() != null).toList());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measured", measured.size());
        if (measured.isEmpty()) {
            return m;
        }
        measured.sort(Comparator.comparingLong(TestRecord::rssKb));
        m.put("max_kb", measured.get(measured.size() - 1).rssKb());
        m.put("p50_kb", percentile(measured, 0.50));
        m.put("p95_kb", percentile(measured, 0.95));
        List<Map<String, Object>> top = new ArrayList<>();
        for (int i = measured.size() - 1; i >= Math.max(0, measured.size() - TOP_RSS); i--) {
            top.add(Map.of("id", measured.get(i).id(), "rss_kb", measured.get(i).rssKb()));
        }
        m.put("top", top);
        return m;
    }

    /** Nearest-rank percentile of records sorted by RSS. */
    static long percentile(List<TestRecord> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))).rssKb();
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        m.put("hostname", host);
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("arch", System.getProperty("os.arch"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            m.put("memory_bytes", sun.getTotalMemorySize());
        }
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    private static String gitRevision(Path dir) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0) {
                return out;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
