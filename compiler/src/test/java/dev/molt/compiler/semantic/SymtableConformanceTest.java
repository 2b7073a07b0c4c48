package dev.molt.compiler.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.syntax.PythonSyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every name in every scope of every stdlib file, against CPython's {@code _symtable}. The oracle's
 * answers come from {@link CPythonOracle#stdlibFiles()}: one CPython run of about 30 s the first time,
 * then reused; the comparison itself takes a few seconds.
 */
class SymtableConformanceTest {
    @Test
    void everyStdlibSymbolMatchesCPython() throws IOException, InterruptedException {
        int files = 0;
        int filesMatching = 0;
        int symbols = 0;
        int symbolsMatching = 0;
        List<String> failures = new ArrayList<>();
        for (CPythonOracle.StdlibFile file : CPythonOracle.stdlibFiles()) {
            String path = file.path();
            Module module = file.module();
            List<String> expected = Files.readAllLines(file.answer("sym"));
            List<String> actual;
            try {
                actual = CanonicalForm.of(SymbolTable.build(module, null, path));
            } catch (PythonSyntaxError error) {
                actual = CanonicalForm.of(error);
            } catch (RuntimeException crash) {
                actual = List.of("crash " + crash);
            }
            files++;
            Map<String, String> ours = keyed(actual);
            for (Map.Entry<String, String> symbol : keyed(expected).entrySet()) {
                symbols++;
                if (symbol.getValue().equals(ours.get(symbol.getKey()))) {
                    symbolsMatching++;
                } else if (failures.size() < 40) {
                    failures.add(path + ": " + symbol.getKey() + " expected " + symbol.getValue() + " got "
                            + ours.get(symbol.getKey()));
                }
            }
            if (expected.equals(actual)) {
                filesMatching++;
            } else if (failures.size() < 40) {
                failures.add(path + ": whole file differs");
            }
        }
        System.out.printf("symtable conformance: %d/%d files identical, %d/%d symbols match%n", filesMatching,
                files, symbolsMatching, symbols);
        failures.forEach(System.out::println);
        assertEquals(files, filesMatching, String.join("\n", failures));
    }

    /** "scope-path/scope-name/symbol" -> flags, plus each scope header keyed by its path. */
    private static Map<String, String> keyed(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        String scope = "";
        for (String line : lines) {
            if (line.startsWith("scope ")) {
                String[] parts = line.split(" ");
                scope = parts[1] + "/" + parts[3];
                out.put(scope, line);
            } else if (line.startsWith("sym ")) {
                String[] parts = line.split(" ");
                out.put(scope + "/" + parts[1], parts[2]);
            } else {
                out.put("result", line);
            }
        }
        return out;
    }
}
