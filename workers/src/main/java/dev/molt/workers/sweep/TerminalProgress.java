package dev.molt.workers.sweep;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * A progress bar redrawn in place on a terminal; failures are printed above it as they happen so
 * they stay visible.
 */
public final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
    private boolean barShown;

    public TerminalProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void phase(String phase, String message) {
        clearBar();
        out.println("[" + phase + "] " + message);
        out.flush();
    }

    @Override
    public synchronized void testDone(TestRecord record, int done, int total) {
        Status status = record.statusValue();
        counts.merge(status, 1, Integer::sum);
        if (status.failsSweep()) {
            clearBar();
            out.println(record.status().toUpperCase() + " " + record.id()
                    + (record.detail() == null ? "" : ": " + record.detail()));
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        StringBuilder bar = new StringBuilder("\r[").append("#".repeat(filled)).append(".".repeat(WIDTH - filled))
                .append("] ").append(done).append('/').append(total);
        counts.forEach((s, n) -> bar.append(' ').append(s.label()).append(' ').append(n));
        out.print(bar.append("\033[K"));
        out.flush();
        barShown = true;
    }

    @Override
    public synchronized void finish() {
        clearBar();
    }

    private void clearBar() {
        if (barShown) {
            out.print("\r\033[K");
            barShown = false;
        }
    }
}
