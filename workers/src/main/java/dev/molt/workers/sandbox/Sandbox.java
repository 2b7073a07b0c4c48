package dev.molt.workers.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs programs through the native launcher: rlimits, own process group, fresh working directory,
 * group kill on timeout, and a report of how the program ended. Thread-safe: every run has its own
 * report file.
 */
public final class Sandbox {
    /** Extra time the launcher gets beyond the program's timeout before Java gives up on it. */
    private static final long LAUNCHER_GRACE_MS = 30_000;
    private static final Path PIDS_CGROUP = Path.of("/sys/fs/cgroup/pids");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path launcher;
    private final Path tmpParent;
    private final boolean readonlyFilesystem;

    /**
     * @param launcher the built launcher ({@link LauncherBuild#launcher()})
     * @param tmpParent where per-run working directories and reports are created
     * @param readonlyFilesystem when running as root, make everything but the working directory
     *     read-only for the program
     */
    public Sandbox(Path launcher, Path tmpParent, boolean readonlyFilesystem) {
        this.launcher = launcher;
        this.tmpParent = tmpParent;
        this.readonlyFilesystem = readonlyFilesystem;
    }

    public SandboxReport run(SandboxRequest request) throws InterruptedException {
        Path report = null;
        Path launcherLog = null;
        try {
            Files.createDirectories(tmpParent);
            report = Files.createTempFile(tmpParent, "report", ".json");
            launcherLog = Files.createTempFile(tmpParent, "launcher", ".log");
            ProcessBuilder builder = new ProcessBuilder(arguments(request, report))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(launcherLog.toFile());
            builder.environment().clear();
            builder.environment().putAll(request.environment());
            int status = await(builder.start(), request.limits());
            if (status != 0) {
                throw new SandboxException("the sandbox launcher failed (status " + status + "): "
                        + Files.readString(launcherLog, StandardCharsets.UTF_8).strip());
            }
            return JSON.readValue(report.toFile(), SandboxReport.class);
        } catch (IOException e) {
            throw new SandboxException("sandbox run of " + request.command().get(0) + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(report);
            deleteQuietly(launcherLog);
        }
    }

    private static int await(Process process, Limits limits) throws InterruptedException {
        long budget = limits.timeout().isZero() ? Long.MAX_VALUE : limits.timeout().toMillis() + LAUNCHER_GRACE_MS;
        try {
            if (!process.waitFor(budget, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SandboxException("the sandbox launcher overran its timeout");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            // SIGTERM: the launcher kills the program's whole group before it exits.
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
            throw e;
        }
    }

    private List<String> arguments(SandboxRequest request, Path report) {
        Limits limits = request.limits();
        List<String> args = new ArrayList<>(List.of(launcher.toString(),
                "--as", Long.toString(limits.addressSpaceBytes()),
                "--fsize", Long.toString(limits.fileSizeBytes()),
                "--nproc", Integer.toString(limits.processes()),
                "--cpu", Long.toString(limits.cpuSeconds()),
                "--timeout-ms", Long.toString(limits.timeout().toMillis()),
                "--tmp", tmpParent.toString(),
                "--stdout", request.stdout().toString(),
                "--stderr", request.stderr().toString(),
                "--report", report.toString()));
        if (Files.isDirectory(PIDS_CGROUP) && Files.isWritable(PIDS_CGROUP)) {
            args.addAll(List.of("--cgroup", PIDS_CGROUP.toString()));
        }
        if (readonlyFilesystem) {
            args.add("--readonly-fs");
        }
        args.add("--");
        args.addAll(request.command());
        return args;
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A leftover report file in the scratch directory is harmless.
        }
    }
}
