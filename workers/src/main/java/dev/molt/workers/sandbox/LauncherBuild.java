package dev.molt.workers.sandbox;

import dev.molt.backends.toolchain.BundledClang;
import dev.molt.backends.toolchain.ClangJob;
import dev.molt.backends.toolchain.OutputKind;
import dev.molt.backends.toolchain.SourceFile;
import dev.molt.backends.toolchain.ToolchainException;
import java.nio.file.Path;
import java.util.List;

/**
 * The sandbox launcher, compiled from its C source (packaged in this jar) by the backends' bundled
 * clang, once per source digest.
 */
public final class LauncherBuild {
    static final String SOURCE_RESOURCE = "/dev/molt/workers/sandbox/molt-sandbox.c";

    private final BundledClang clang;

    /** @param cacheRoot where built launchers live, one subdirectory per job digest */
    public LauncherBuild(Path cacheRoot) {
        this.clang = new BundledClang(cacheRoot);
    }

    /** The launcher's path, building it first if this source has not been built yet. */
    public Path launcher() {
        try {
            SourceFile source = SourceFile.resource("molt-sandbox.c", LauncherBuild.class, SOURCE_RESOURCE);
            return clang.build(new ClangJob(OutputKind.EXECUTABLE, List.of(source), List.of("-O2", "-std=c11", "-Wall")));
        } catch (ToolchainException e) {
            throw new SandboxException("cannot build the sandbox launcher: " + e.getMessage(), e);
        }
    }
}
