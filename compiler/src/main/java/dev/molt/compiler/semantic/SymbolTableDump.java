package dev.molt.compiler.semantic;

import java.util.ArrayList;
import java.util.List;

/**
 * The readable form of a symbol table, one scope header then one line per name, children
 * indented. Used by tests and {@code molt debug symtable}. Example:
 *
 * <pre>
 * module top line 0
 *   f: LOCAL DEF_LOCAL
 *   function f line 1 varargs
 *     a: LOCAL DEF_PARAM|USE
 * </pre>
 */
public final class SymbolTableDump {
    private SymbolTableDump() {
    }

    public static String dump(SymbolTable table) {
        StringBuilder out = new StringBuilder();
        dumpScope(table.top(), 0, out);
        return out.toString();
    }

    public static String dump(Scope scope) {
        StringBuilder out = new StringBuilder();
        dumpScope(scope, 0, out);
        return out.toString();
    }

    private static void dumpScope(Scope scope, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        out.append(indent).append(header(scope)).append('\n');
        for (Symbol symbol : scope.symbols()) {
            out.append(indent).append("  ").append(symbol.name()).append(": ").append(symbol.scope());
            List<String> flags = SymbolFlags.names(symbol.flags());
            if (!flags.isEmpty()) {
                out.append(' ').append(String.join("|", flags));
            }
            out.append('\n');
        }
        for (Scope child : scope.children()) {
            dumpScope(child, depth + 1, out);
        }
    }

    private static String header(Scope scope) {
        List<String> parts = new ArrayList<>();
        parts.add(scope.type().label().replace(' ', '_'));
        parts.add(scope.name());
        parts.add("line " + scope.lineno());
        if (scope.isNested()) {
            parts.add("nested");
        }
        if (scope.comprehension() != ComprehensionKind.NONE) {
            parts.add(scope.comprehension().name().toLowerCase() + "_comprehension");
        }
        if (scope.hasVarargs()) {
            parts.add("varargs");
        }
        if (scope.hasVarkeywords()) {
            parts.add("varkeywords");
        }
        if (scope.isGenerator()) {
            parts.add("generator");
        }
        if (scope.isCoroutine()) {
            parts.add("coroutine");
        }
        if (scope.needsClassClosure()) {
            parts.add("needs__class__");
        }
        if (scope.needsClassdict()) {
            parts.add("needs__classdict__");
        }
        return String.join(" ", parts);
    }
}
