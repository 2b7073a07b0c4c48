package dev.molt.workers.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxTest {
    @TempDir
    static Path scratch;
    static Sandbox sandbox;

    @BeforeAll
    static void buildLauncher() {
        Path launcher = new LauncherBuild(scratch.resolve("cache")).launcher();
        sandbox = new Sandbox(launcher, scratch.resolve("tmp"), true);
    }

    private static SandboxReport sh(String script, Limits limits, Path stdout) throws Exception {
        return sandbox.run(new SandboxRequest(List.of("/bin/sh", "-c", script), limits,
                Map.of("PATH", "/usr/bin:/bin"), stdout, scratch.resolve("stderr")));
    }

    private static Limits limits(Duration timeout) {
        return new Limits(1L << 30, 1L << 20, 64, timeout);
    }

    @Test
    void reportsExitStatusAndOutput() throws Exception {
        Path out = scratch.resolve("out1");
        SandboxReport report = sh("echo hello; pwd; exit 3", limits(Duration.ofSeconds(5)), out);
        assertEquals(3, report.exit());
        assertNull(report.signal());
        List<String> lines = Files.readAllLines(out);
        assertEquals("hello", lines.get(0));
        assertTrue(lines.get(1).contains("molt-sandbox-"), lines.get(1));
        assertFalse(Files.exists(Path.of(lines.get(1))), "working directory removed");
    }

    @Test
    void killsTheWholeGroupOnTimeout() throws Exception {
        Path out = scratch.resolve("out2");
        long start = System.nanoTime();
        SandboxReport report = sh("sleep 100 & echo $!; sleep 100", limits(Duration.ofMillis(300)), out);
        assertTrue(report.timedOut());
        assertEquals(9, report.signal());
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
        String background = Files.readString(out).strip();
        assertFalse(Files.exists(Path.of("/proc", background)), "background child killed");
    }

    @Test
    void reportsSignals() throws Exception {
        SandboxReport report = sh("kill -SEGV $$", limits(Duration.ofSeconds(5)), scratch.resolve("out3"));
        assertEquals(11, report.signal());
    }

    @Test
    void reportsUnstartablePrograms() throws Exception {
        SandboxReport report = sandbox.run(new SandboxRequest(List.of("/nonexistent/program"),
                limits(Duration.ofSeconds(5)), Map.of(), scratch.resolve("out4"), scratch.resolve("err4")));
        assertNotNull(report.error());
        assertEquals(127, report.exit());
    }

    @Test
    void capsFileSize() throws Exception {
        Path out = scratch.resolve("out5");
        SandboxReport report = sh("exec head -c 5000000 /dev/zero", limits(Duration.ofSeconds(5)), out);
        assertEquals(25, report.signal(), "SIGXFSZ");
        assertEquals(1L << 20, Files.size(out));
    }
}
