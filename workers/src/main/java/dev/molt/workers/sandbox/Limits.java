package dev.molt.workers.sandbox;

import java.time.Duration;

/**
 * Resource limits for one sandboxed process. A zero means "no limit" for every field; the timeout
 * bounds wall-clock time and the CPU limit is derived from it.
 */
public record Limits(long addressSpaceBytes, long fileSizeBytes, int processes, Duration timeout) {

    public Limits {
        if (addressSpaceBytes < 0 || fileSizeBytes < 0 || processes < 0 || timeout.isNegative()) {
            throw new IllegalArgumentException("negative limit");
        }
    }

    /** CPU seconds: one more than the wall-clock limit, so the timeout normally fires first. */
    public long cpuSeconds() {
        return timeout.isZero() ? 0 : (timeout.toMillis() + 999) / 1000 + 1;
    }

    public Limits withTimeout(Duration newTimeout) {
        return new Limits(addressSpaceBytes, fileSizeBytes, processes, newTimeout);
    }
}
