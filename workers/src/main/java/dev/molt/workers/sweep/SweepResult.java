package dev.molt.workers.sweep;

import dev.molt.workers.oracle.Interpreter;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A finished sweep: its records in test order plus what the summary reports about the run itself.
 * {@code resumed} counts records taken from an earlier, interrupted run.
 */
public record SweepResult(SweepOptions options, Interpreter interpreter, List<TestRecord> records,
                          Instant started, Instant ended, long wallMs, int resumed, int oomRetried) {

    public SweepResult {
        records = List.copyOf(records);
    }

    public Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        records.forEach(r -> counts.merge(r.statusValue(), 1, Integer::sum));
        return counts;
    }

    public List<TestRecord> failures() {
        return records.stream().filter(r -> r.statusValue().failsSweep()).toList();
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    /** Sum of the per-test task times of the tests run in this invocation. */
    public long taskMsSum() {
        return records.stream().mapToLong(TestRecord::taskMs).sum();
    }
}
