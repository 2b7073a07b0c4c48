package dev.molt.workers.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.molt.workers.corpus.TestCase;
import dev.molt.workers.report.SummaryWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepIntegrationTest {
    @TempDir
    Path root;
    @TempDir
    Path cache;

    @Test
    void cpythonAgainstItselfPassesTheBasicCorpusAndTheSecondSweepUsesTheOracleCache() throws Exception {
        List<TestCase> tests = SweepFixture.tests(SweepFixture.BASIC);
        assertTrue(tests.size() >= 20, "seed corpus size " + tests.size());

        SweepResult first = new Sweep(SweepFixture.options(root, cache, 2), SweepFixture.python(),
                SweepFixture.quiet()).run(tests);
        SummaryWriter.write(first);
        assertEquals(List.of(), first.failures(), "failures");
        assertEquals(tests.size(), first.counts().get(Status.PASS));
        assertEquals(0, first.records().stream().filter(TestRecord::oracleCached).count());

        SweepResult second = new Sweep(SweepFixture.options(root, cache, 2), SweepFixture.python(),
                SweepFixture.quiet()).run(tests);
        assertTrue(second.passed());
        assertEquals(tests.size(), second.records().stream().filter(TestRecord::oracleCached).count());

        JsonNode summary = new ObjectMapper().readTree(root.resolve("summary.json").toFile());
        assertEquals(tests.size(), summary.path("counts").path("pass").asInt());
        assertEquals(2, summary.path("jobs").asInt());
        assertTrue(summary.path("rss").path("max_kb").asLong() > 0);
        assertTrue(summary.path("timing").has("overhead_ratio"));
        assertEquals("", Files.readString(root.resolve("failures.txt")));
    }

    @Test
    void aSecondSweepWaitsForTheRunLock() throws Exception {
        List<TestCase> tests = SweepFixture.tests(SweepFixture.BASIC).subList(0, 4);
        String slow = "/bin/sh -c 'sleep 0.3; exec " + SweepFixture.python().executable() + " \"$0\"' {src}";
        SweepOptions options = SweepFixture.options(root, cache, slow, 1, SweepFixture.limits(java.time.Duration.ofSeconds(20)));
        CompletableFuture<SweepResult> first = CompletableFuture.supplyAsync(() -> run(options, tests));
        Thread.sleep(300);
        SweepResult second = run(options, tests);
        SweepResult firstResult = first.get(60, TimeUnit.SECONDS);
        assertTrue(!second.started().isBefore(firstResult.ended()),
                "second started " + second.started() + " before the first ended " + firstResult.ended());
    }

    @Test
    void givesUpOnTheLockAfterTheWait() throws Exception {
        List<TestCase> tests = SweepFixture.tests(SweepFixture.BASIC).subList(0, 2);
        String slow = "/bin/sh -c 'sleep 1; exec " + SweepFixture.python().executable() + " \"$0\"' {src}";
        SweepOptions holder = SweepFixture.options(root, cache, slow, 1, SweepFixture.limits(java.time.Duration.ofSeconds(20)));
        CompletableFuture<SweepResult> first = CompletableFuture.supplyAsync(() -> run(holder, tests));
        Thread.sleep(300);
        SweepOptions impatient = new SweepOptions(holder.implementation(), "dev", 1, holder.limits(),
                holder.buildTimeout(), holder.normalizations(), holder.expectedFailures(), holder.runEnvironment(),
                holder.baseDir(), holder.root(), holder.oracleCacheDir(), holder.launcherCacheDir(),
                holder.summaryPath(), holder.failuresPath(), holder.logDir(), false, false, true, false,
                java.time.Duration.ZERO, java.time.Duration.ofMillis(10));
        SweepException e = assertThrows(SweepException.class,
                () -> new Sweep(impatient, SweepFixture.python(), SweepFixture.quiet()).run(tests));
        assertTrue(e.getMessage().contains("another sweep holds"), e.getMessage());
        first.get(60, TimeUnit.SECONDS);
    }

    private static SweepResult run(SweepOptions options, List<TestCase> tests) {
        try {
            return new Sweep(options, SweepFixture.python(), SweepFixture.quiet()).run(tests);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
