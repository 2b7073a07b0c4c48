package dev.molt.compiler.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.syntax.PythonSyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Symbol table plus compile-stage checks over every stdlib file CPython parses, against what
 * CPython's {@code compile()} makes of it: no error where it compiles (2,214 files), the same
 * error where it does not (the 8 bad {@code __future__} test files). Uses the oracle output of
 * {@link CPythonOracle#stdlibFiles()}.
 */
class CompileChecksConformanceTest {
    @Test
    void everyStdlibFileCompilesAsInCPython() throws IOException, InterruptedException {
        int files = 0;
        int compiled = 0;
        List<String> failures = new ArrayList<>();
        for (CPythonOracle.StdlibFile file : CPythonOracle.stdlibFiles()) {
            String path = file.path();
            Module module = file.module();
            String expected = Files.readString(file.answer("cmp")).strip().substring("compile ".length());
            String actual;
            try {
                SemanticAnalysis.analyze(module, null, path);
                actual = "ok";
            } catch (PythonSyntaxError error) {
                actual = CompileChecksOracleTest.describe(error);
            }
            files++;
            if (actual.equals("ok")) {
                compiled++;
            }
            if (!expected.equals(actual)) {
                failures.add(path + ": expected " + expected + ", got " + actual);
            }
        }
        System.out.printf("compile checks: %d files, %d compile, %d differ from CPython%n", files, compiled,
                failures.size());
        assertEquals(List.of(), failures);
    }
}
