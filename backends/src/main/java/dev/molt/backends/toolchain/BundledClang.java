package dev.molt.backends.toolchain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bytedeco.javacpp.Loader;

/**
 * The clang (and llvm-link) shipped inside Bytedeco's LLVM artifacts, with a content-addressed output
 * cache: a {@link ClangJob} is built once per digest, and concurrent builders race harmlessly because
 * each installs its result with an atomic rename. No system C compiler is involved.
 */
public final class BundledClang {
    /** The soname suffix of the libraries in {@code org.bytedeco:llvm:20.1.7-*}. */
    private static final String LLVM_SONAME_VERSION = "20.1";
    /** Part of every cache key, so that a toolchain upgrade never reuses old outputs. */
    private static final String TOOLCHAIN = "bytedeco-llvm-20.1.7-1.5.12";
    private static final long TIMEOUT_SECONDS = 300;

    private final Path cacheRoot;
    private Path clang;

    /** @param cacheRoot where outputs live, one subdirectory per job digest */
    public BundledClang(Path cacheRoot) {
        this.cacheRoot = cacheRoot.toAbsolutePath();
    }

    /** The output of {@code job}, building it first unless an identical job was built before. */
    public Path build(ClangJob job) {
        String digest = job.digest();
        Path dir = cacheRoot.resolve(TOOLCHAIN).resolve(digest.substring(0, 2)).resolve(digest.substring(2, 20));
        Path output = dir.resolve("output." + job.kind().extension());
        if (Files.exists(output)) {
            return output;
        }
        Path scratch = null;
        try {
            Files.createDirectories(dir);
            scratch = Files.createTempDirectory(dir, "job");
            for (SourceFile file : job.files()) {
                Path target = scratch.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
            Path built = switch (job.kind()) {
                case OBJECT, EXECUTABLE -> compile(job, scratch);
                case BITCODE -> bitcode(job, scratch);
            };
            install(built, output, job.kind() == OutputKind.EXECUTABLE);
        } catch (IOException e) {
            throw new ToolchainException("cannot build in " + dir + ": " + e.getMessage(), e);
        } finally {
            deleteTree(scratch);
        }
        return output;
    }

    private Path compile(ClangJob job, Path scratch) throws IOException {
        Path out = scratch.resolve("out." + job.kind().extension());
        List<String> command = new ArrayList<>(List.of(clang().toString()));
        if (job.kind() == OutputKind.OBJECT) {
            command.add("-c");
        }
        command.addAll(job.flags());
        command.addAll(List.of("-o", out.toString()));
        for (SourceFile file : job.files()) {
            if (file.isCompiled() || file.isLinked()) {
                command.add(file.path());
            }
        }
        // Libraries named by -l must follow the inputs that use them.
        command.addAll(job.flags().stream().filter(f -> f.startsWith("-l")).toList());
        run(command, scratch);
        return out;
    }

    /** clang cannot write one bitcode file from several sources: compile each, then llvm-link them. */
    private Path bitcode(ClangJob job, Path scratch) throws IOException {
        List<String> link = new ArrayList<>(List.of(clang().resolveSibling("llvm-link").toString()));
        int index = 0;
        for (SourceFile file : job.files()) {
            if (file.isCompiled()) {
                String unit = "unit" + index++ + ".bc";
                List<String> command = new ArrayList<>(List.of(clang().toString(), "-c", "-emit-llvm"));
                command.addAll(job.flags());
                command.addAll(List.of("-o", unit, file.path()));
                run(command, scratch);
                link.add(unit);
            } else if (file.path().endsWith(".bc")) {
                link.add(file.path());
            }
        }
        Path out = scratch.resolve("out.bc");
        link.addAll(List.of("-o", out.toString()));
        run(link, scratch);
        return out;
    }

    private void run(List<String> command, Path workingDirectory) throws IOException {
        Path log = Files.createTempFile(workingDirectory, "clang", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LD_LIBRARY_PATH", sonameLinks(clang().getParent()).toString());
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ToolchainException(Path.of(command.get(0)).getFileName() + " did not finish in "
                        + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolchainException("interrupted while running " + command.get(0), e);
        }
        if (process.exitValue() != 0) {
            throw new ToolchainException(Path.of(command.get(0)).getFileName() + " failed (exit "
                    + process.exitValue() + "): " + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
    }

    /** The extracted clang; asking the Loader for the whole LLVM program set also extracts llvm-link. */
    public synchronized Path clang() {
        if (clang == null) {
            clang = Path.of(Loader.load(org.bytedeco.llvm.program.clang.class));
            Loader.load(org.bytedeco.llvm.program.llvm.class);
        }
        return clang;
    }

    /**
     * The extracted clang needs {@code libLLVM.so.20.1} and {@code libclang-cpp.so.20.1}, but the
     * Loader extracts only the unversioned names; links under our own cache supply the versioned ones
     * without touching JavaCPP's cache.
     */
    private Path sonameLinks(Path llvmDir) throws IOException {
        Path links = cacheRoot.resolve(TOOLCHAIN).resolve("libs-" + Integer.toHexString(llvmDir.toString().hashCode()));
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

    private static void install(Path built, Path output, boolean executable) throws IOException {
        if (executable && !built.toFile().setExecutable(true, false)) {
            throw new IOException("cannot make " + built + " executable");
        }
        try {
            Files.move(built, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(built, output, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover scratch directory costs disk space only; the output is already installed.
        }
    }
}
