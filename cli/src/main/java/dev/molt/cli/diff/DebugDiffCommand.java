package dev.molt.cli.diff;

import dev.molt.cli.UsageException;
import dev.molt.workers.report.SweepDigest;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code molt debug diff}: a sweep's summary grouped by cause. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = "Group a molt diff summary: counts by status, failures by exception type or first"
            + " differing line, the largest peak RSS.")
public final class DebugDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SUMMARY.json", description = "A summary written by molt diff.")
    Path summary;

    @Option(names = "--failure-queue", paramLabel = "FILE",
            description = "Only the tests listed in this file (e.g. a failures.txt).")
    Optional<Path> failureQueue;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json");
        }
        SweepDigest.Digest digest;
        try {
            digest = SweepDigest.read(summary, failureQueue);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.print(format.equals("json") ? SweepDigest.toJson(digest) + "\n" : SweepDigest.toText(digest));
        out.flush();
        return 0;
    }
}
