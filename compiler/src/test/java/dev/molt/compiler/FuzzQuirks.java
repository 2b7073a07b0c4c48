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

    /**
     * Divergences the fuzzer found that are not fixed yet, by category: CPython error rules Molt's
     * diagnosing pass does not implement (or implements in a different order). Counted and shown as
     * "open" in the report instead of failing the default run; a category not listed here fails it.
     */
    static final Set<String> OPEN = Set.of(
            // unclosed-bracket detection after a parser error on the bracket's own line
            "parse: message: '…' was never closed -> invalid syntax",
            // invalid_expression's legacy print/exec rule in more positions
            "parse: message: Missing parentheses in call to '…'. Did you mean print(...)? -> invalid syntax",
            // tokenizer error after a line continuation found by the scan after the parser error
            "parse: message: unexpected character after line continuation character -> invalid syntax",
            // CPython's invalid_arguments alternatives and their order
            "parse: message: invalid syntax. Perhaps you forgot a comma? -> positional argument follows keyword argument",
            "parse: message: invalid syntax. Perhaps you forgot a comma? -> invalid syntax",
            // invalid_for_target / invalid_named_expression targets
            "parse: message: cannot assign to expression -> invalid syntax",
            // invalid_expression: conditional without else in more positions
            "parse: message: expected '…' after '…' expression -> invalid syntax");

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
