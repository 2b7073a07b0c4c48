package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Module;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs CPython 3.12 on a snippet: its AST (for us to analyse) and its symbol table or error. */
final class CPythonOracle {
    static final Path PYTHON = Path.of("/root/.pyenv/versions/3.12.1/bin/python3.12");
    static final Path SCRIPT = Path.of("src/test/python/symtable_oracle.py");

    record Result(Module module, List<String> symtable) {
    }

    private CPythonOracle() {
    }

    static boolean available() {
        return Files.isExecutable(PYTHON) && Files.exists(SCRIPT);
    }

    static Result run(String source) {
        try {
            Process process = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), "snippet")
                    .redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(source.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            List<String> lines = new ArrayList<>(out.lines().toList());
            String first = lines.remove(0);
            if (!first.startsWith("ast ")) {
                throw new IllegalStateException("CPython: " + out);
            }
            return new Result(PyAstReader.read(first.substring(4)), lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
