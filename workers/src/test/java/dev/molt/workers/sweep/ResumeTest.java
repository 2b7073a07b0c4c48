package dev.molt.workers.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep killed with SIGKILL mid-way resumes from its journal without re-running finished tests. */
class ResumeTest {
    @TempDir
    Path root;
    @TempDir
    Path cache;

    @Test
    void killedSweepResumesWithoutRerunningFinishedTests() throws Exception {
        Process first = sweep(false).start();
        Path journal = root.resolve("records.jsonl");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (lines(journal) < 5 && System.nanoTime() < deadline && first.isAlive()) {
            Thread.sleep(50);
        }
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int done = lines(journal);
        int total = SweepFixture.tests(SweepFixture.BASIC).size();
        assertTrue(done >= 5 && done < total, "killed after " + done + " of " + total);
        List<String> before = Files.readAllLines(journal).subList(0, done);

        Process second = sweep(true).start();
        String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, second.waitFor(), out);
        assertTrue(out.contains("resumed=" + done + " passed=true"), out);
        List<String> after = Files.readAllLines(journal);
        assertEquals(before, after.subList(0, done), "finished records untouched");
        assertEquals(total, after.size(), "each remaining test ran exactly once");
    }

    private ProcessBuilder sweep(boolean resume) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SweepProcessMain.class.getName(), root.toString(), cache.toString(), Boolean.toString(resume))
                .redirectErrorStream(true);
    }

    private static int lines(Path file) throws Exception {
        return Files.exists(file) ? (int) Files.readAllLines(file).stream().filter(l -> l.endsWith("}")).count() : 0;
    }
}
