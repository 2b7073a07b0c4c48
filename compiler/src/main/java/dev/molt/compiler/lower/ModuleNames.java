package dev.molt.compiler.lower;

import java.util.Map;
import java.util.Set;

/**
 * What the module binds: the top-level functions (called directly, so each may be bound only by its
 * one {@code def}) and every other global name some code assigns.
 *
 * @param functions function name → parameter count
 */
record ModuleNames(Map<String, Integer> functions, Set<String> assignedGlobals) {
    /** Builtins of CPython 3.12 other than print: referring to one is unsupported, not a NameError. */
    private static final Set<String> BUILTINS = Set.of(("ArithmeticError AssertionError AttributeError BaseException"
            + " BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError"
            + " ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning"
            + " EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup FileExistsError"
            + " FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning"
            + " IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError"
            + " MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError"
            + " OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError"
            + " ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration"
            + " SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError"
            + " UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning"
            + " ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin bool breakpoint bytearray"
            + " bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate"
            + " eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int"
            + " isinstance issubclass iter len license list locals map max memoryview min next object oct open ord"
            + " pow property quit range repr reversed round set setattr slice sorted staticmethod str sum super"
            + " tuple type vars zip __file__ __doc__ __builtins__ __spec__ __loader__ __package__"
            + " __build_class__ __import__ __debug__").split(" "));

    boolean isFunction(String name) {
        return functions.containsKey(name);
    }

    /** A global name that would fall through to a builtin the compiler does not have. */
    boolean isMissingBuiltin(String name) {
        return !assignedGlobals.contains(name) && !functions.containsKey(name) && BUILTINS.contains(name);
    }

    boolean isPrint(String name) {
        return name.equals("print") && !assignedGlobals.contains(name) && !functions.containsKey(name);
    }
}
