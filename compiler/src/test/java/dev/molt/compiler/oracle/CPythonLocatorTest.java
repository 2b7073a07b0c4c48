package dev.molt.compiler.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search order and verification with fake interpreters (shell scripts), plus the real oracle. */
class CPythonLocatorTest {
    @TempDir
    Path temp;

    /** A stand-in interpreter that prints {@code version} and logs each run to {@code <path>.runs}. */
    private Path fake(String relative, String version) throws IOException {
        Path script = temp.resolve(relative);
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\necho run >> '" + script + ".runs'\necho " + version + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private CPythonLocator locator(Map<String, String> environment) {
        return new CPythonLocator(environment, temp.resolve("home"));
    }

    @Test
    void explicitPathComesFirst() throws IOException {
        Path explicit = fake("explicit/python", "3.12");
        Path fromEnvironment = fake("env/python", "3.12");
        Path onPath = fake("bin/python3.12", "3.12");
        CPython found = locator(Map.of("MOLT_PYTHON", fromEnvironment.toString(), "PATH", onPath.getParent().toString()))
                .locate(explicit.toString());
        assertEquals(explicit, found.executable());
    }

    @Test
    void wrongVersionsAreSkippedInOrder() throws IOException {
        Path explicit = fake("explicit/python", "3.11");
        Path fromEnvironment = fake("env/python", "3.13");
        Path onPath = fake("bin/python3.12", "3.12");
        CPython found = locator(Map.of("MOLT_PYTHON", fromEnvironment.toString(), "PATH",
                temp.resolve("nowhere") + ":" + onPath.getParent())).locate(explicit.toString());
        assertEquals(onPath, found.executable());
    }

    @Test
    void pyenvNewestThreeTwelveWins() throws IOException {
        fake("pyenv/versions/3.12.1/bin/python3.12", "3.12");
        Path newest = fake("pyenv/versions/3.12.10/bin/python3.12", "3.12");
        fake("pyenv/versions/3.12.9/bin/python3.12", "3.12");
        fake("pyenv/versions/3.13.0/bin/python3.12", "3.13");
        CPython found = locator(Map.of("PYENV_ROOT", temp.resolve("pyenv").toString())).locate(null);
        assertEquals(newest, found.executable());
    }

    @Test
    void pyenvUnderHomeIsTheLastResort() throws IOException {
        Path install = fake("home/.pyenv/versions/3.12.0/bin/python3.12", "3.12");
        assertEquals(install, locator(Map.of()).locate(null).executable());
    }

    @Test
    void failureNamesEverythingTried() throws IOException {
        Path explicit = fake("explicit/python", "3.11");
        Map<String, String> environment = new HashMap<>();
        environment.put("MOLT_PYTHON", temp.resolve("missing/python").toString());
        environment.put("PATH", temp.resolve("empty").toString());
        environment.put("PYENV_ROOT", temp.resolve("pyenv").toString());
        OracleUnavailableException error = assertThrows(OracleUnavailableException.class,
                () -> locator(environment).locate(explicit.toString()));
        String message = error.getMessage();
        assertTrue(message.contains("--python " + explicit + ": reports version 3.11, not 3.12"), message);
        assertTrue(message.contains("$MOLT_PYTHON " + temp.resolve("missing/python") + ": no such file"), message);
        assertTrue(message.contains("python3.12 on $PATH: not found"), message);
        assertTrue(message.contains("pyenv " + temp.resolve("pyenv/versions") + "/3.12*: none"), message);
        assertTrue(message.contains("pyenv " + temp.resolve("home/.pyenv/versions") + "/3.12*: none"), message);
    }

    @Test
    void eachCandidateIsRunOncePerLocator() throws IOException {
        Path wrong = fake("explicit/python", "3.11");
        Path right = fake("bin/python3.12", "3.12");
        CPythonLocator locator = locator(Map.of("PATH", right.getParent().toString()));
        locator.locate(wrong.toString());
        locator.locate(wrong.toString());
        assertEquals(1, Files.readAllLines(Path.of(wrong + ".runs")).size());
        assertEquals(1, Files.readAllLines(Path.of(right + ".runs")).size());
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(CPythonLocator.compareVersions("3.12.10", "3.12.9") > 0);
        assertTrue(CPythonLocator.compareVersions("3.12.1", "3.12.0") > 0);
        assertTrue(CPythonLocator.compareVersions("3.12.0", "3.12.0rc1") > 0);
        assertTrue(CPythonLocator.compareVersions("3.12", "3.12.1") < 0);
        assertEquals(0, CPythonLocator.compareVersions("3.12.1", "3.12.1"));
    }

    @Test
    void realOracleKnowsItsStandardLibrary() {
        CPython python = CPython.locate(null);
        Path stdlib = python.stdlibDirectory();
        assertTrue(Files.isRegularFile(stdlib.resolve("ast.py")), stdlib.toString());
        assertEquals("3.12", python.evaluate("import sys; print('%d.%d' % sys.version_info[:2])"));
        assertEquals(stdlib, python.stdlibDirectory());
    }
}
