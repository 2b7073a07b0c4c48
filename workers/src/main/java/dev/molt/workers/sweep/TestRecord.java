package dev.molt.workers.sweep;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The durable outcome of one test: what the journal stores for --resume and what summary.json
 * lists. Times are milliseconds; {@code rssKb} is the run's peak RSS (null unless measured);
 * {@code expected}/{@code actual} hold the first difference (a stdout line, exit status or the last
 * stderr line) so reports can group failures without the logs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestRecord(
        @JsonProperty("id") String id,
        @JsonProperty("path") String path,
        @JsonProperty("status") String status,
        @JsonProperty("detail") String detail,
        @JsonProperty("oracle_ms") long oracleMs,
        @JsonProperty("oracle_cached") boolean oracleCached,
        @JsonProperty("build_ms") long buildMs,
        @JsonProperty("run_ms") long runMs,
        @JsonProperty("task_ms") long taskMs,
        @JsonProperty("rss_kb") Long rssKb,
        @JsonProperty("aspect") String aspect,
        @JsonProperty("expected") String expected,
        @JsonProperty("actual") String actual,
        @JsonProperty("attempts") int attempts) {

    public Status statusValue() {
        return Status.ofLabel(status);
    }
}
