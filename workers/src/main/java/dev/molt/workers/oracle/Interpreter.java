package dev.molt.workers.oracle;

import dev.molt.compiler.oracle.CPython;
import java.nio.file.Path;

/** A located CPython: its real executable (not a pyenv shim) and its full {@code sys.version}. */
public record Interpreter(Path executable, String version, int major, int minor) {

    private static final String PROBE = "import sys; print(sys.executable); print(sys.version_info[0], "
            + "sys.version_info[1]); print(sys.version.replace(chr(10), ' '))";

    /** Asks the oracle once for what the oracle cache keys on. */
    public static Interpreter of(CPython python) {
        String[] lines = python.evaluate(PROBE).split("\n");
        String[] version = lines[1].strip().split(" ");
        return new Interpreter(Path.of(lines[0].strip()), lines[2].strip(),
                Integer.parseInt(version[0]), Integer.parseInt(version[1]));
    }
}
