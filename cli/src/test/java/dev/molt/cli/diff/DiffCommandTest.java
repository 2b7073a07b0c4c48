package dev.molt.cli.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.cli.CliRun;
import dev.molt.cli.ExitStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void usageErrors(@TempDir Path dir) {
        assertEquals(ExitStatus.USAGE, run("diff").status());
        assertEquals(ExitStatus.USAGE, run("diff", "--impl", "py {src}", "--build", "x", dir.toString()).status());
        assertEquals(ExitStatus.USAGE, run("diff", "--impl", "py {src}", dir.resolve("missing").toString()).status());
        assertEquals(ExitStatus.USAGE, run("debug", "diff", dir.resolve("missing.json").toString()).status());
    }

    @Test
    void debugDiffGroupsFailures(@TempDir Path dir) throws Exception {
        Path summary = Files.writeString(dir.resolve("summary.json"), """
                {"counts": {"pass": 1, "fail": 3, "crash": 1},
                 "rss": {"top": [{"id": "a.py", "rss_kb": 2048}]},
                 "tests": [
                   {"id": "a.py", "path": "/c/a.py", "status": "pass"},
                   {"id": "b.py", "path": "/c/b.py", "status": "fail", "aspect": "stderr",
                    "expected": "KeyError: 'x'", "actual": "TypeError: bad"},
                   {"id": "c.py", "path": "/c/c.py", "status": "fail", "aspect": "stderr",
                    "expected": "KeyError: 'y'", "actual": "TypeError: worse"},
                   {"id": "d.py", "path": "/c/d.py", "status": "fail", "aspect": "stdout",
                    "expected": "1", "actual": "2"},
                   {"id": "e.py", "path": "/c/e.py", "status": "crash", "detail": "killed by SIGSEGV"}]}
                """);
        CliRun text = run("debug", "diff", summary.toString());
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("[2] fail: exception TypeError (expected KeyError)"), text.out());
        assertTrue(text.out().contains("[1] crash: killed by SIGSEGV"), text.out());
        assertTrue(text.out().contains("2048 KB  a.py"), text.out());
        Path queue = Files.writeString(dir.resolve("failures.txt"), "/c/e.py\n");
        CliRun json = run("debug", "diff", summary.toString(), "--failure-queue", queue.toString(), "--format", "json");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("\"failing\" : 1"), json.out());
    }
}
