package dev.molt.compiler.semantic;

import static dev.molt.compiler.semantic.SymbolFlags.DEF_BOUND;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_COMP_CELL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_PARAM;
import static dev.molt.compiler.semantic.SymbolFlags.FLAG_MASK;

import java.util.Map;
import java.util.Set;

/**
 * PEP 709: a list, set or dict comprehension runs in its parent's frame, so its names (bar the
 * implicit {@code .0}) are merged into the parent (CPython's {@code inline_comprehension}).
 */
final class ComprehensionInliner {
    private ComprehensionInliner() {
    }

    static void inline(Scope parent, Scope comp, Map<String, SymbolScope> parentScopes, Set<String> compFree,
            Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> entry : comp.rawSymbols().entrySet()) {
            String name = entry.getKey();
            int compFlags = entry.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue;
            }
            SymbolScope scope = SymbolScope.ofFlags(compFlags);
            int onlyFlags = compFlags & FLAG_MASK;
            if (scope == SymbolScope.CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(name);
            }
            // 3.12.1 copies a free __class__ into a class body as is (later 3.12 releases demote it).
            if (!parent.contains(name)) {
                parent.putFlags(name, onlyFlags);
                parentScopes.put(name, scope);
            } else if ((parent.flags(name) & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, name)
                    && parent.type() != ScopeType.CLASS) {
                // Free in the comprehension but local to the parent: simply local once inlined.
                compFree.remove(name);
            }
        }
        comp.hasFree = !compFree.isEmpty();
    }

    private static boolean isFreeInAnyChild(Scope comp, String name) {
        for (Scope child : comp.mutableChildren()) {
            Symbol symbol = child.lookup(name);
            if (symbol != null && symbol.scope() == SymbolScope.FREE) {
                return true;
            }
        }
        return false;
    }
}
