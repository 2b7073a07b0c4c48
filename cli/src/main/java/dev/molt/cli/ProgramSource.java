package dev.molt.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one Python file a compile command takes. */
record ProgramSource(Path path, byte[] bytes) {
    static ProgramSource read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException("no such file: " + path);
        }
        try {
            return new ProgramSource(path, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": " + e.getMessage());
        }
    }

    String filename() {
        return path.toString();
    }
}
