package dev.molt.workers.sweep;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The harness's environment variables, read from an explicit map (never from the process directly,
 * so tests and pipelines can supply their own). Each method documents its variable and default.
 */
public final class DiffEnvironment {
    public static final long DEFAULT_MEMORY_CAP_GB = 10;
    public static final long DEFAULT_OUTPUT_LIMIT_MB = 64;
    public static final int DEFAULT_PROCESSES = 256;

    private final Map<String, String> env;

    public DiffEnvironment(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public Map<String, String> variables() {
        return env;
    }

    /**
     * The complete environment of oracle, build and test runs: the caller's PATH plus fixed
     * settings that make CPython's output reproducible (hash seed 0, UTF-8 everywhere, no bytecode
     * files). HOME and TMPDIR are set by the launcher to the run's fresh directory.
     */
    public Map<String, String> runEnvironment() {
        return Map.of("PATH", env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"), "LC_ALL", "C.UTF-8",
                "LANG", "C.UTF-8", "PYTHONHASHSEED", "0", "PYTHONIOENCODING", "utf-8",
                "PYTHONDONTWRITEBYTECODE", "1");
    }

    /** MOLT_DIFF_ROOT, else $XDG_STATE_HOME/molt/diff, else ~/.local/state/molt/diff. */
    public Path root() {
        return path("MOLT_DIFF_ROOT").orElseGet(() -> path("XDG_STATE_HOME")
                .orElse(home().resolve(".local/state")).resolve("molt/diff"));
    }

    /** MOLT_DIFF_CACHE, else $XDG_CACHE_HOME/molt, else ~/.cache/molt: oracle results and the launcher. */
    public Path cache() {
        return path("MOLT_DIFF_CACHE").orElseGet(() -> path("XDG_CACHE_HOME")
                .orElse(home().resolve(".cache")).resolve("molt"));
    }

    public Optional<Path> summary() {
        return path("MOLT_DIFF_SUMMARY");
    }

    public Optional<Path> failures() {
        return path("MOLT_DIFF_FAILURES");
    }

    /** MOLT_DIFF_RLIMIT_MB wins over MOLT_DIFF_RLIMIT_GB; default 10 GB; 0 disables the cap. */
    public long memoryCapBytes() {
        if (env.containsKey("MOLT_DIFF_RLIMIT_MB")) {
            return number("MOLT_DIFF_RLIMIT_MB", 0) << 20;
        }
        return number("MOLT_DIFF_RLIMIT_GB", DEFAULT_MEMORY_CAP_GB) << 30;
    }

    /** MOLT_DIFF_OUTPUT_LIMIT_MB: the largest stdout/stderr/file a test may write, default 64 MB. */
    public long outputLimitBytes() {
        return number("MOLT_DIFF_OUTPUT_LIMIT_MB", DEFAULT_OUTPUT_LIMIT_MB) << 20;
    }

    /** MOLT_DIFF_NPROC: processes per test (a pids cgroup when root), default 256; 0 disables. */
    public int processes() {
        return (int) number("MOLT_DIFF_NPROC", DEFAULT_PROCESSES);
    }

    public boolean measureRss() {
        return flag("MOLT_DIFF_MEASURE_RSS", false);
    }

    public boolean retryOom() {
        return flag("MOLT_DIFF_RETRY_OOM", true);
    }

    public boolean logPasses() {
        return flag("MOLT_DIFF_LOG_PASSES", false);
    }

    public Duration lockWait() {
        return Duration.ofMillis((long) (decimal("MOLT_DIFF_RUN_LOCK_WAIT_SEC", 900) * 1000));
    }

    public Duration lockPoll() {
        return Duration.ofMillis(Math.max(10, (long) (decimal("MOLT_DIFF_RUN_LOCK_POLL_SEC", 1) * 1000)));
    }

    /** MOLT_DIFF_BUILD_PROFILE: dev (default) or release. */
    public Optional<String> buildProfile() {
        return Optional.ofNullable(env.get("MOLT_DIFF_BUILD_PROFILE")).filter(s -> !s.isBlank());
    }

    private Path home() {
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    }

    private Optional<Path> path(String name) {
        return Optional.ofNullable(env.get(name)).filter(s -> !s.isBlank()).map(Path::of);
    }

    private boolean flag(String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("no"));
    }

    private long number(String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a non-negative whole number, not '" + value + "'");
    }

    private double decimal(String name, double fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (d >= 0) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a non-negative number of seconds, not '" + value + "'");
    }
}
