package dev.molt.workers.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.workers.corpus.TestCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile program is classified and contained, the sweep goes on, nothing is left running. */
class HostileCorpusTest {
    @TempDir
    Path root;
    @TempDir
    Path cache;

    @Test
    void hostileProgramsAreClassifiedAndContained() throws Exception {
        List<TestCase> tests = SweepFixture.tests(SweepFixture.HOSTILE);
        SweepOptions options = SweepFixture.options(root, cache, SweepFixture.python().executable() + " {src}", 2,
                new dev.molt.workers.sandbox.Limits(1L << 30, 16L << 20, 32, Duration.ofSeconds(5)));
        long start = System.nanoTime();
        SweepResult result = new Sweep(options, SweepFixture.python(), SweepFixture.quiet()).run(tests);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        Map<String, TestRecord> byName = result.records().stream()
                .collect(Collectors.toMap(r -> Path.of(r.id()).getFileName().toString(), Function.identity()));
        assertEquals(7, byName.size());
        assertEquals("timeout", byName.get("infinite_loop.py").status());
        assertEquals("oom", byName.get("allocation_bomb.py").status());
        assertEquals(2, byName.get("allocation_bomb.py").attempts(), "retried with --jobs 1");
        assertTrue(Set.of("timeout", "pass", "fail", "crash").contains(byName.get("fork_bomb.py").status()));
        assertTrue(Set.of("pass", "crash").contains(byName.get("big_output.py").status()),
                byName.get("big_output.py").toString());
        assertEquals("pass", byName.get("deep_recursion.py").status());
        assertEquals("pass", byName.get("reads_stdin.py").status());
        assertEquals("pass", byName.get("writes_outside.py").status());
        assertFalse(Files.exists(SweepFixture.HOSTILE.resolve("escaped.txt")), "wrote next to its source");
        assertFalse(Files.exists(Path.of("/tmp/molt-hostile-escaped.txt")), "wrote under /tmp");
        assertTrue(seconds < 40, "took " + seconds + " s");
        assertEquals(List.of(), survivors(), "hostile processes still running");
    }

    /** Processes whose command line names a hostile test. */
    private static List<String> survivors() throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .map(p -> cmdline(p.resolve("cmdline")))
                    .filter(c -> c.contains("differential/hostile/"))
                    .toList();
        }
    }

    private static String cmdline(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
