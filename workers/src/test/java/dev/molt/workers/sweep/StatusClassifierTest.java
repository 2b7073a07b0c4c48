package dev.molt.workers.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.workers.compare.Difference;
import dev.molt.workers.impl.BuildResult;
import dev.molt.workers.impl.BuildStatus;
import dev.molt.workers.sandbox.Execution;
import dev.molt.workers.sandbox.SandboxReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusClassifierTest {
    private static final Execution ORACLE = exec(0, null, false, 10_000, "");
    private static final Optional<Difference> DIFF =
            Optional.of(new Difference(Difference.Aspect.STDOUT, 1, "a", "b"));

    private static Execution exec(Integer exit, Integer signal, boolean timedOut, long rssKb, String stderr) {
        return new Execution(new SandboxReport(exit, signal, timedOut, 5, 5, rssKb, true, true, null), new byte[0],
                stderr);
    }

    private static Status classify(BuildResult build, Execution run, Optional<Difference> d, Optional<String> xfail) {
        return StatusClassifier.classify(ORACLE, build, Optional.ofNullable(run), d, xfail, 1L << 30).status();
    }

    private static BuildResult build(BuildStatus status) {
        return new BuildResult(status, Optional.empty(), Duration.ZERO, List.of("cc"),
                Optional.of(exec(status == BuildStatus.UNSUPPORTED ? 2 : 1, null, false, 0, "error: nope")));
    }

    @Test
    void classifiesEachOutcome() {
        BuildResult none = BuildResult.NOT_NEEDED;
        assertEquals(Status.PASS, classify(none, exec(0, null, false, 1, ""), Optional.empty(), Optional.empty()));
        assertEquals(Status.FAIL, classify(none, exec(0, null, false, 1, ""), DIFF, Optional.empty()));
        assertEquals(Status.TIMEOUT, classify(none, exec(null, 9, true, 1, ""), DIFF, Optional.empty()));
        assertEquals(Status.OOM, classify(none, exec(1, null, false, 1, "MemoryError"), DIFF, Optional.empty()));
        assertEquals(Status.OOM, classify(none, exec(null, 9, false, 1_000_000, ""), DIFF, Optional.empty()));
        assertEquals(Status.CRASH, classify(none, exec(null, 11, false, 1, ""), DIFF, Optional.empty()));
        assertEquals(Status.COMPILE_ERROR, classify(build(BuildStatus.COMPILE_ERROR), null, Optional.empty(),
                Optional.empty()));
        assertEquals(Status.UNSUPPORTED, classify(build(BuildStatus.UNSUPPORTED), null, Optional.empty(),
                Optional.empty()));
    }

    @Test
    void expectedFailuresBecomeXfailAndPassesXpass() {
        Optional<String> reason = Optional.of("uses exec");
        BuildResult none = BuildResult.NOT_NEEDED;
        assertEquals(Status.XFAIL, classify(none, exec(0, null, false, 1, ""), DIFF, reason));
        assertEquals(Status.XFAIL, classify(build(BuildStatus.UNSUPPORTED), null, Optional.empty(), reason));
        assertEquals(Status.XPASS, classify(none, exec(0, null, false, 1, ""), Optional.empty(), reason));
        assertEquals(Status.TIMEOUT, classify(none, exec(null, 9, true, 1, ""), DIFF, reason));
        assertEquals(true, Status.XPASS.failsSweep());
        assertEquals(false, Status.XFAIL.failsSweep());
    }
}
