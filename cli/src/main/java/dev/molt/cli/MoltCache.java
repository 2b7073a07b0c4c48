package dev.molt.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Where Molt keeps what it can rebuild: MOLT_CACHE, else $XDG_CACHE_HOME/molt, else ~/.cache/molt. */
final class MoltCache {
    private MoltCache() {
    }

    static Path root() {
        Optional<String> explicit = env("MOLT_CACHE");
        if (explicit.isPresent()) {
            return Path.of(explicit.get());
        }
        return env("XDG_CACHE_HOME").map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("molt");
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isEmpty());
    }
}
