package dev.molt.workers.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the CPython 3.12 that serves as the oracle: an explicit path (--python), then
 * {@code MOLT_PYTHON}, then {@code python3.12} on PATH, then the newest pyenv 3.12 install. Each
 * candidate is run once to read its real executable and version, so shims cost nothing later.
 */
public final class PythonLocator {
    private static final String PROBE = "import sys; print(sys.executable); print(sys.version_info[0], "
            + "sys.version_info[1]); print(sys.version.replace(chr(10), ' '))";

    private final Map<String, String> environment;

    public PythonLocator(Map<String, String> environment) {
        this.environment = environment;
    }

    /** @throws OracleException naming what was tried when no CPython 3.12 is found */
    public Interpreter locate(Optional<String> explicit) {
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates(explicit)) {
            tried.add(candidate);
            Optional<Interpreter> found = probe(candidate);
            if (found.isPresent() && found.get().major() == 3 && found.get().minor() == 12) {
                return found.get();
            }
            if (found.isPresent() && (explicit.isPresent() || environment.containsKey("MOLT_PYTHON"))) {
                throw new OracleException(candidate + " is Python " + found.get().major() + "."
                        + found.get().minor() + "; the oracle must be CPython 3.12");
            }
        }
        throw new OracleException("no CPython 3.12 found (tried " + String.join(", ", tried)
                + "); pass --python PATH or set MOLT_PYTHON");
    }

    private List<String> candidates(Optional<String> explicit) {
        if (explicit.isPresent()) {
            return List.of(explicit.get());
        }
        if (environment.containsKey("MOLT_PYTHON")) {
            return List.of(environment.get("MOLT_PYTHON"));
        }
        List<String> candidates = new ArrayList<>();
        for (String dir : environment.getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "python3.12");
            if (Files.isExecutable(p)) {
                candidates.add(p.toString());
                break;
            }
        }
        pyenvPython().ifPresent(candidates::add);
        return candidates;
    }

    private Optional<String> pyenvPython() {
        Path root = Path.of(environment.getOrDefault("PYENV_ROOT",
                environment.getOrDefault("HOME", "/root") + "/.pyenv"), "versions");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("3\\.12\\.\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().substring(5))))
                    .map(v -> v.resolve("bin/python3.12"))
                    .filter(Files::isExecutable)
                    .map(Path::toString);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Interpreter> probe(String candidate) {
        try {
            ProcessBuilder builder = new ProcessBuilder(candidate, "-I", "-c", PROBE).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String[] lines = new String(out, StandardCharsets.UTF_8).split("\n");
            String[] version = lines[1].strip().split(" ");
            return Optional.of(new Interpreter(Path.of(lines[0].strip()), lines[2].strip(),
                    Integer.parseInt(version[0]), Integer.parseInt(version[1])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
