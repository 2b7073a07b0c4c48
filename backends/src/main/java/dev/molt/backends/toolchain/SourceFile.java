package dev.molt.backends.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input of a {@link ClangJob}: a relative path and its bytes. Jobs carry content, not paths, so an
 * output is a pure function of its inputs and can be cached by their digest.
 *
 * @param path where the file sits in the job's scratch directory ({@code runtime/molt.h}); {@code .c}
 *     files are compiled, {@code .o}/{@code .bc}/{@code .a} files are linked, others (headers) only
 *     sit beside them
 */
public record SourceFile(String path, byte[] content) {
    public SourceFile {
        if (path.isEmpty() || path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("a source path must be relative and stay inside its job: " + path);
        }
        content = content.clone();
    }

    public static SourceFile of(String path, Path file) {
        try {
            return new SourceFile(path, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file read from the class path, e.g. a C source packaged in a jar. */
    public static SourceFile resource(String path, Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ToolchainException("missing from the class path: " + resource);
            }
            return new SourceFile(path, in.readAllBytes());
        } catch (IOException e) {
            throw new ToolchainException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    boolean isCompiled() {
        return path.endsWith(".c");
    }

    boolean isLinked() {
        return path.endsWith(".o") || path.endsWith(".bc") || path.endsWith(".a");
    }
}
