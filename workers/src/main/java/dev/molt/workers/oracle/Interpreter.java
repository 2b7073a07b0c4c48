package dev.molt.workers.oracle;

import java.nio.file.Path;

/** A located CPython: its real executable (not a pyenv shim) and its full {@code sys.version}. */
public record Interpreter(Path executable, String version, int major, int minor) {
}
