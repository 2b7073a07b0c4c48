package dev.molt.backends.toolchain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A pure compile or link step: the same kind, files and flags always give the same output, so
 * {@link BundledClang} keeps outputs under the job's {@link #digest()}.
 *
 * @param flags clang flags besides inputs and output ({@code -O2}, {@code -std=c11}, {@code -Iruntime},
 *     {@code -lm}); include paths are relative to the job's scratch directory
 */
public record ClangJob(OutputKind kind, List<SourceFile> files, List<String> flags) {
    public ClangJob {
        files = List.copyOf(files);
        flags = List.copyOf(flags);
        long compiled = files.stream().filter(SourceFile::isCompiled).count();
        if (kind == OutputKind.OBJECT && compiled != 1) {
            throw new IllegalArgumentException("an object is compiled from exactly one .c file, not " + compiled);
        }
        if (kind == OutputKind.BITCODE && compiled == 0) {
            throw new IllegalArgumentException("bitcode needs at least one .c file");
        }
    }

    /** SHA-256 over everything that determines the output, in a framing that cannot be ambiguous. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, kind.name().getBytes(StandardCharsets.UTF_8));
            for (String flag : flags) {
                update(sha, flag.getBytes(StandardCharsets.UTF_8));
            }
            for (SourceFile file : files) {
                update(sha, file.path().getBytes(StandardCharsets.UTF_8));
                update(sha, file.content());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        long length = bytes.length;
        for (int shift = 56; shift >= 0; shift -= 8) {
            sha.update((byte) (length >>> shift));
        }
        sha.update(bytes);
    }
}
