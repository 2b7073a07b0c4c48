package dev.molt.workers.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the launcher saw: exactly one of {@code exit} and {@code signal} is set unless the program
 * could not be started ({@code error}). {@code nprocEnforced} and {@code fsIsolated} say which
 * containment layers were in force.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SandboxReport(
        @JsonProperty("exit") Integer exit,
        @JsonProperty("signal") Integer signal,
        @JsonProperty("timed_out") boolean timedOut,
        @JsonProperty("wall_ms") long wallMs,
        @JsonProperty("cpu_ms") long cpuMs,
        @JsonProperty("max_rss_kb") long maxRssKb,
        @JsonProperty("nproc_enforced") boolean nprocEnforced,
        @JsonProperty("fs_isolated") boolean fsIsolated,
        @JsonProperty("error") String error) {

    public boolean killedBySignal() {
        return signal != null;
    }

    /** The exit status as a shell reports it: 128 + signal for a killed program. */
    public int shellStatus() {
        return exit != null ? exit : 128 + (signal == null ? 0 : signal);
    }
}
