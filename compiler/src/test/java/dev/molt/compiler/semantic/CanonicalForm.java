package dev.molt.compiler.semantic;

import dev.molt.compiler.syntax.PythonSyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Our table in the oracle script's line format, for line-by-line comparison with CPython. */
final class CanonicalForm {
    private CanonicalForm() {
    }

    static List<String> of(SymbolTable table) {
        List<String> lines = new ArrayList<>();
        add(table.top(), "-", lines);
        return lines;
    }

    static List<String> of(PythonSyntaxError error) {
        return List.of("error " + error.lineno() + " " + error.offset() + " " + error.endLineno() + " "
                + (error.endOffset() == 0 ? "None" : error.endOffset()) + " " + error.msg());
    }

    private static void add(Scope scope, String path, List<String> lines) {
        lines.add("scope " + path + " " + scope.type().code() + " " + scope.name() + " " + scope.lineno() + " "
                + (scope.isNested() ? 1 : 0));
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (Symbol symbol : scope.symbols()) {
            sorted.put(symbol.name(), symbol.flags());
        }
        sorted.forEach((name, flags) -> lines.add("sym " + name + " " + flags));
        List<Scope> children = scope.children();
        for (int i = 0; i < children.size(); i++) {
            add(children.get(i), path.equals("-") ? String.valueOf(i) : path + "." + i, lines);
        }
    }
}
