package dev.molt.workers.sweep;

import dev.molt.workers.compare.Difference;
import dev.molt.workers.impl.BuildResult;
import dev.molt.workers.sandbox.Execution;
import dev.molt.workers.sandbox.SandboxReport;
import java.util.Optional;

/**
 * Turns the evidence about one test into a status. Resource outcomes of the implementation's run
 * (timeout, out of memory, a fatal signal) win over the comparison; an expected failure then turns
 * failing outcomes into XFAIL and a pass into XPASS.
 */
public final class StatusClassifier {
    /** A run killed by a signal whose peak RSS came this close to the cap ran out of memory. */
    private static final double OOM_RSS_FRACTION = 0.9;

    private StatusClassifier() {
    }

    /**
     * @param run the implementation's run, empty when the build failed
     * @param difference the comparison's result, empty for a match (ignored without a run)
     * @param memoryCapBytes the address-space cap, 0 for none
     */
    public static Verdict classify(Execution oracle, BuildResult build, Optional<Execution> run,
                                   Optional<Difference> difference, Optional<String> expectedFailure,
                                   long memoryCapBytes) {
        Verdict base = base(oracle, build, run, difference, memoryCapBytes);
        if (expectedFailure.isEmpty()) {
            return base;
        }
        String reason = expectedFailure.get();
        return switch (base.status()) {
            case PASS -> new Verdict(Status.XPASS, "passed but expected to fail (" + reason
                    + "): remove it from the expected failures", Optional.empty());
            case FAIL, CRASH, COMPILE_ERROR, UNSUPPORTED ->
                    new Verdict(Status.XFAIL, reason + " [" + base.detail() + "]", base.difference());
            default -> base;
        };
    }

    private static Verdict base(Execution oracle, BuildResult build, Optional<Execution> run,
                                Optional<Difference> difference, long memoryCapBytes) {
        switch (build.status()) {
            case COMPILE_ERROR:
                return new Verdict(Status.COMPILE_ERROR, "build failed: " + buildMessage(build), Optional.empty());
            case UNSUPPORTED:
                return new Verdict(Status.UNSUPPORTED, buildMessage(build), Optional.empty());
            case TIMEOUT:
                return new Verdict(Status.TIMEOUT, "build timed out", Optional.empty());
            default:
                break;
        }
        Execution execution = run.orElseThrow(() -> new IllegalArgumentException("runnable build without a run"));
        SandboxReport report = execution.report();
        if (report.error() != null) {
            return new Verdict(Status.CRASH, report.error(), Optional.empty());
        }
        if (report.timedOut()) {
            return new Verdict(Status.TIMEOUT, "timed out after " + report.wallMs() + " ms"
                    + (oracle.report().timedOut() ? " (so did CPython)" : ""), Optional.empty());
        }
        if (outOfMemory(execution, memoryCapBytes)) {
            return new Verdict(Status.OOM, "out of memory (peak RSS " + report.maxRssKb() / 1024 + " MB): "
                    + execution.lastStderrLine(), Optional.empty());
        }
        if (report.killedBySignal() && !report.signal().equals(oracle.report().signal())) {
            return new Verdict(Status.CRASH, "killed by " + Signals.name(report.signal()), Optional.empty());
        }
        if (oracle.report().timedOut()) {
            return new Verdict(Status.FAIL, "CPython timed out; the implementation finished", Optional.empty());
        }
        if (difference.isPresent()) {
            return new Verdict(Status.FAIL, difference.get().describe(), difference);
        }
        return new Verdict(Status.PASS, "", Optional.empty());
    }

    static boolean outOfMemory(Execution run, long memoryCapBytes) {
        String last = run.lastStderrLine();
        if (last.startsWith("MemoryError") || last.contains("[Errno 12]")) {
            return true;
        }
        SandboxReport report = run.report();
        return report.killedBySignal() && memoryCapBytes > 0
                && report.maxRssKb() * 1024.0 >= OOM_RSS_FRACTION * memoryCapBytes;
    }

    private static String buildMessage(BuildResult build) {
        return build.execution().map(Execution::lastStderrLine).filter(s -> !s.isEmpty())
                .orElse("exit status " + build.execution().map(e -> e.report().shellStatus()).orElse(-1));
    }
}
