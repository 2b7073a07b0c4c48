package dev.molt.workers.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A finished sandboxed run: the launcher's report plus the program's stdout and the tail of its
 * stderr, read back into memory (each capped, since the file-size limit already bounds them).
 */
public record Execution(SandboxReport report, byte[] stdout, String stderrTail) {
    /** Enough stderr for a traceback; the comparison needs only its last line. */
    public static final int STDERR_TAIL_BYTES = 64 * 1024;

    public static Execution capture(SandboxReport report, Path stdout, Path stderr, long maxStdoutBytes) {
        return new Execution(report, head(stdout, maxStdoutBytes), tail(stderr));
    }

    /** The last non-blank stderr line: for a Python traceback, the exception type and message. */
    public String lastStderrLine() {
        String[] lines = stderrTail.split("\r?\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    private static byte[] head(Path file, long max) {
        if (!Files.exists(file)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max <= 0 ? Integer.MAX_VALUE - 16 : max));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file) {
        if (!Files.exists(file)) {
            return "";
        }
        try {
            long size = Files.size(file);
            byte[] bytes;
            if (size <= STDERR_TAIL_BYTES) {
                bytes = Files.readAllBytes(file);
            } else {
                try (var channel = Files.newByteChannel(file)) {
                    channel.position(size - STDERR_TAIL_BYTES);
                    var buffer = java.nio.ByteBuffer.allocate(STDERR_TAIL_BYTES);
                    while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                        // keep reading until the tail is complete
                    }
                    bytes = Arrays.copyOf(buffer.array(), buffer.position());
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
