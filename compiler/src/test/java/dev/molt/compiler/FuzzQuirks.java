package dev.molt.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

/**
 * CPython behaviours the fuzzer does not hold Molt to, each named, explained and counted in the
 * report. An excuse covers a whole class of divergence, never one input.
 */
final class FuzzQuirks {
    /** Excused divergences stay rare; more than this share of the mutants means a quirk hides bugs. */
    private static final double MAX_EXCUSED_SHARE = 0.01;

    private static final Set<String> SYNTAX_ERRORS = Set.of("SyntaxError", "IndentationError", "TabError");

    static final String COMPILER_CRASH = "CPython compile() crashes (not a SyntaxError)";

    private FuzzQuirks() {
    }

    /** The quirk excusing this disagreement, or null when it counts as a divergence. */
    static String excuse(String stage, CPythonVerdicts.Rejection expected, dev.molt.compiler.syntax.PythonSyntaxError actual) {
        // CPython 3.12.1's code generator has crashes (SystemError, e.g. on super() inside a
        // class-level comprehension); they are CPython bugs, not errors of the program.
        if (stage.equals("compile") && !SYNTAX_ERRORS.contains(expected.exceptionClass())) {
            return COMPILER_CRASH;
        }
        return null;
    }

    static void checkExcusedCounts(Map<String, Integer> excused, int mutants) {
        for (Map.Entry<String, Integer> quirk : excused.entrySet()) {
            assertTrue(quirk.getValue() <= Math.max(3, mutants * MAX_EXCUSED_SHARE),
                    "quirk excused suspiciously often (" + quirk.getValue() + " of " + mutants + "): " + quirk.getKey());
        }
    }
}
