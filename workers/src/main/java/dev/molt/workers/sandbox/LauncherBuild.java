package dev.molt.workers.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Loader;

/**
 * Compiles the launcher's C source with the clang bundled in Bytedeco's LLVM artifacts, once per
 * source digest, into a cache directory. No system C compiler is involved; concurrent builders race
 * harmlessly because each installs its result with an atomic rename.
 */
public final class LauncherBuild {
    static final String SOURCE_RESOURCE = "/dev/molt/workers/sandbox/molt-sandbox.c";
    private static final String EXECUTABLE = "molt-sandbox";
    /** The soname suffix of the libraries in {@code org.bytedeco:llvm:20.1.7-*}. */
    private static final String LLVM_SONAME_VERSION = "20.1";

    private final Path cacheRoot;

    /** @param cacheRoot where built launchers live, one subdirectory per source digest */
    public LauncherBuild(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The launcher's path, building it first if this source has not been built yet. */
    public Path launcher() {
        byte[] source = source();
        Path dir = cacheRoot.resolve(digest(source).substring(0, 16));
        Path executable = dir.resolve(EXECUTABLE);
        if (Files.isExecutable(executable)) {
            return executable;
        }
        try {
            Files.createDirectories(dir);
            Path sourceFile = Files.createTempFile(dir, "molt-sandbox", ".c");
            Path output = Files.createTempFile(dir, "molt-sandbox", ".tmp");
            try {
                Files.write(sourceFile, source);
                compile(sourceFile, output);
                install(output, executable);
            } finally {
                Files.deleteIfExists(sourceFile);
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new SandboxException("cannot build the sandbox launcher in " + dir + ": " + e.getMessage(), e);
        }
        return executable;
    }

    private void compile(Path source, Path output) throws IOException {
        Path clang = Path.of(Loader.load(org.bytedeco.llvm.program.clang.class));
        List<String> command = List.of(clang.toString(), "-O2", "-std=c11", "-Wall", "-o", output.toString(),
                source.toString());
        Path log = Files.createTempFile(output.getParent(), "clang", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("LD_LIBRARY_PATH", sonameLinks(clang.getParent()).toString());
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SandboxException("the bundled clang did not finish building the launcher in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new SandboxException("the bundled clang failed to build the launcher: "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while building the launcher", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * The extracted clang needs {@code libLLVM.so.20.1} and {@code libclang-cpp.so.20.1}, but the
     * Loader extracts only the unversioned names; links under our own cache supply the versioned ones
     * without touching JavaCPP's cache.
     */
    private Path sonameLinks(Path llvmDir) throws IOException {
        Path links = cacheRoot.resolve("clang-libs-" + digest(llvmDir.toString().getBytes(StandardCharsets.UTF_8))
                .substring(0, 12));
        Files.createDirectories(links);
        for (String library : List.of("libLLVM.so", "libclang-cpp.so")) {
            Path link = links.resolve(library + "." + LLVM_SONAME_VERSION);
            if (!Files.exists(link)) {
                try {
                    Files.createSymbolicLink(link, llvmDir.resolve(library));
                } catch (FileAlreadyExistsException raced) {
                    // Another builder made the same link.
                }
            }
        }
        return links;
    }

    private static void install(Path built, Path executable) throws IOException {
        if (!built.toFile().setExecutable(true, false)) {
            throw new IOException("cannot make " + built + " executable");
        }
        try {
            Files.move(built, executable, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(built, executable, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static byte[] source() {
        try (InputStream in = LauncherBuild.class.getResourceAsStream(SOURCE_RESOURCE)) {
            if (in == null) {
                throw new SandboxException("launcher source missing from the class path: " + SOURCE_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SandboxException("cannot read the launcher source", e);
        }
    }

    static String digest(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
