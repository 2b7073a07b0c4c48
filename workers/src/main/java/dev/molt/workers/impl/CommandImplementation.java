package dev.molt.workers.impl;

import dev.molt.workers.corpus.TestCase;
import dev.molt.workers.sandbox.Execution;
import dev.molt.workers.sandbox.SandboxReport;
import dev.molt.workers.sandbox.SandboxRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An implementation given as command templates: a run command alone ({@code --impl 'pypy3 {src}'})
 * or a build command plus a run command ({@code --build 'cc … {src} -o {exe}' --run '{exe}'}).
 * Placeholders: {@code {src}} the test source, {@code {exe}} the artifact path, {@code {dir}} the
 * artifact directory, {@code {profile}} the build profile.
 */
public final class CommandImplementation implements Implementation {
    /** A build exit status that means "this input uses something unsupported", not a compiler bug. */
    public static final int UNSUPPORTED_EXIT = 2;

    private final Optional<CommandTemplate> build;
    private final CommandTemplate run;
    private final String profile;
    private final String description;

    public CommandImplementation(Optional<CommandTemplate> build, CommandTemplate run, String profile,
                                 String description) {
        this.build = build;
        this.run = run;
        this.profile = profile;
        this.description = description;
    }

    public static CommandImplementation interpreter(String runTemplate) {
        CommandTemplate run = CommandTemplate.parse(runTemplate);
        return new CommandImplementation(Optional.empty(), run, "", "command: " + runTemplate);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public BuildResult build(TestCase test, BuildContext context) throws InterruptedException {
        if (build.isEmpty()) {
            return BuildResult.NOT_NEEDED;
        }
        Path exe = context.artifactDir().resolve("program");
        List<String> command = build.get().expand(values(test, exe, context.artifactDir()));
        Path stdout = context.artifactDir().resolve("build.stdout");
        Path stderr = context.artifactDir().resolve("build.stderr");
        SandboxReport report = context.tools().run(
                new SandboxRequest(command, context.limits(), context.environment(), stdout, stderr));
        Execution execution = Execution.capture(report, stdout, stderr, 1 << 20);
        BuildStatus status = report.timedOut() ? BuildStatus.TIMEOUT
                : Integer.valueOf(0).equals(report.exit()) ? BuildStatus.OK
                : Integer.valueOf(UNSUPPORTED_EXIT).equals(report.exit()) ? BuildStatus.UNSUPPORTED
                : BuildStatus.COMPILE_ERROR;
        return new BuildResult(status, Optional.of(exe), Duration.ofMillis(report.wallMs()), command,
                Optional.of(execution));
    }

    @Override
    public List<String> runCommand(TestCase test, BuildResult result) {
        Path exe = result.artifact().orElse(test.path());
        return run.expand(values(test, exe, exe.getParent()));
    }

    private Map<String, String> values(TestCase test, Path exe, Path dir) {
        Map<String, String> values = new HashMap<>();
        values.put("src", test.path().toString());
        values.put("exe", exe.toString());
        values.put("dir", dir.toString());
        values.put("profile", profile);
        return values;
    }
}
