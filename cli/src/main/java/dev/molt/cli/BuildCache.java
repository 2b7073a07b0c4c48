package dev.molt.cli;

import dev.molt.backends.llvm.Profile;
import dev.molt.backends.runtime.RuntimeSources;
import dev.molt.compiler.ir.IrModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where {@code molt run} keeps executables: {@code <cache>/programs/<key>/program}, the key digesting the
 * source, the compiler's fingerprint (its class files or jars and the runtime sources) and the profile.
 */
final class BuildCache {
    private BuildCache() {
    }

    static Path executable(ProgramSource source, Profile profile) {
        MessageDigest sha = sha256();
        sha.update(source.bytes());
        sha.update((byte) 0);
        sha.update(source.filename().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(profile.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        fingerprint(sha);
        String key = HexFormat.of().formatHex(sha.digest());
        return MoltCache.root().resolve("programs").resolve(key.substring(0, 2)).resolve(key.substring(2, 32))
                .resolve("program");
    }

    /** The code that compiles: any change to it (a rebuilt jar, a recompiled class) changes every key. */
    private static void fingerprint(MessageDigest sha) {
        for (Class<?> anchor : List.of(IrModule.class, RuntimeSources.class, BuildCache.class)) {
            try {
                Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(location)) {
                    try (Stream<Path> files = Files.walk(location)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            sha.update(location.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            sha.update(Files.readAllBytes(file));
                        }
                    }
                } else {
                    sha.update(Files.readAllBytes(location));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
