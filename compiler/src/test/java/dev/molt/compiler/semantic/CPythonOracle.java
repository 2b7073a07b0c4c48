package dev.molt.compiler.semantic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.compiler.OracleRun;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.oracle.CPython;
import dev.molt.compiler.oracle.OracleUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs CPython 3.12 (the interpreter {@link CPython#locate} finds) on snippets: its AST (for us to
 * analyse) and its symbol table or error.
 */
final class CPythonOracle {
    static final Path SCRIPT = Path.of("src/test/python/symtable_oracle.py");
    private static final Path STDLIB = Path.of("target/symtable-oracle");
    private static CPython python;
    private static boolean stdlibProduced;

    /** CPython's tree, its symbol table (or error) lines, and what compile() made of the source. */
    record Result(Module module, List<String> symtable, String compile) {
    }

    private CPythonOracle() {
    }

    static synchronized boolean available() {
        if (python == null && Files.exists(SCRIPT)) {
            try {
                python = CPython.locate(null);
            } catch (OracleUnavailableException absent) {
                return false;
            }
        }
        return python != null;
    }

    /** One stdlib file CPython parses, with its answers: {@code .ast}, {@code .sym}, {@code .cmp}. */
    record StdlibFile(String path, Path answers, String id) {
        Module module() throws IOException {
            return PyAstReader.read(Files.readString(answer("ast")));
        }

        Path answer(String extension) {
            return answers.resolve(id + "." + extension);
        }
    }

    /** The stdlib files of {@link #stdlib()}, in the oracle's order. */
    static List<StdlibFile> stdlibFiles() throws IOException, InterruptedException {
        Path answers = stdlib();
        List<StdlibFile> files = new ArrayList<>();
        for (String entry : Files.readAllLines(answers.resolve("index.txt"))) {
            files.add(new StdlibFile(entry.substring(6), answers, entry.substring(0, 5)));
        }
        return files;
    }

    /**
     * CPython's AST, symbol table and compile() outcome of every stdlib file it parses, written once
     * by {@code symtable_oracle.py stdlib} (one process, about 30 s) and reused while the
     * interpreter and script stay the same.
     */
    private static synchronized Path stdlib() throws IOException, InterruptedException {
        assumeTrue(available(), "CPython 3.12 not found");
        if (!stdlibProduced) {
            OracleRun.ensure(python, Files.readAllBytes(SCRIPT), SCRIPT.getFileName().toString(), STDLIB,
                    "stdlib", STDLIB.toString());
            stdlibProduced = true;
        }
        return STDLIB;
    }

    static Result run(String source) {
        return runAll(List.of(source)).get(0);
    }

    /** One CPython process for all sources. */
    static List<Result> runAll(List<String> sources) {
        StringBuilder json = new StringBuilder("[");
        for (String source : sources) {
            json.append(json.length() > 1 ? "," : "").append('"');
            source.chars().forEach(c -> json.append(String.format("\\u%04x", c)));
            json.append('"');
        }
        json.append(']');
        String out = execute(json.append('\n').toString());
        List<Result> results = new ArrayList<>();
        List<String> lines = null;
        Module module = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("=== ")) {
                lines = new ArrayList<>();
            } else if (line.startsWith("ast ")) {
                module = PyAstReader.read(line.substring(4));
            } else if (line.startsWith("compile ")) {
                results.add(new Result(module, lines, line.substring(8)));
            } else if (line.startsWith("parse-error")) {
                throw new IllegalStateException("CPython cannot parse snippet " + results.size() + ": " + line);
            } else if (lines != null) {
                lines.add(line);
            }
        }
        if (results.size() != sources.size()) {
            throw new IllegalStateException("CPython: " + out);
        }
        return results;
    }

    private static String execute(String input) {
        try {
            if (!available()) {
                throw new IllegalStateException("no CPython 3.12 to run " + SCRIPT);
            }
            Process process = python.command(SCRIPT.toString(), "snippets").redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
