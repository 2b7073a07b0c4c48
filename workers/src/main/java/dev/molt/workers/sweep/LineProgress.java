package dev.molt.workers.sweep;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamped, phase-marked lines, for logs and CI: {@code 2026-11-23T23:40:01Z [run] 3/20 pass a.py}. */
public final class LineProgress implements Progress {
    private final PrintStream out;
    private final Clock clock;

    public LineProgress(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public synchronized void phase(String phase, String message) {
        out.println(stamp() + " [" + phase + "] " + message);
        out.flush();
    }

    @Override
    public synchronized void testDone(TestRecord record, int done, int total) {
        String detail = record.detail() == null || record.detail().isEmpty() ? "" : ": " + record.detail();
        out.println(stamp() + " [run] " + done + "/" + total + " " + record.status() + " " + record.id()
                + " (" + record.taskMs() + " ms)" + detail);
        out.flush();
    }

    @Override
    public void finish() {
    }

    private String stamp() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
