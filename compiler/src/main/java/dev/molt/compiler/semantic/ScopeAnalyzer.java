package dev.molt.compiler.semantic;

import static dev.molt.compiler.semantic.SymbolFlags.DEF_BOUND;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_COMP_CELL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_FREE_CLASS;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_GLOBAL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_NONLOCAL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_TYPE_PARAM;
import static dev.molt.compiler.semantic.SymbolFlags.SCOPE_OFFSET;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second pass of the symbol table (CPython's {@code analyze_block} and friends): decides for every
 * name whether it is local, global, free or a cell, inlines list/set/dict comprehensions (PEP 709)
 * and raises the errors that need the whole tree (bad nonlocal, nonlocal and global).
 */
final class ScopeAnalyzer {
    private final ErrorLocator errors;

    ScopeAnalyzer(ErrorLocator errors) {
        this.errors = errors;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    /** The sets CPython threads through one block's analysis. */
    private static final class BlockState {
        final Map<String, SymbolScope> scopes = new HashMap<>();
        final Set<String> local = new LinkedHashSet<>();
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
            Set<String> typeParams, Scope classEntry) {
        BlockState state = new BlockState();
        Set<String> newGlobal = new LinkedHashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();
        // Class bindings are invisible to nested functions, so a class passes down what it received.
        if (ste.type() == ScopeType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> entry : ste.rawSymbols().entrySet()) {
            analyzeName(ste, state, entry.getKey(), entry.getValue(), bound, free, global, typeParams, classEntry);
        }
        if (ste.type() != ScopeType.CLASS) {
            if (ste.type().isFunctionLike()) {
                newBound.addAll(state.local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }
        analyzeChildren(ste, state, newBound, newFree, newGlobal, typeParams, classEntry, inlinedCells);
        if (ste.type().isFunctionLike()) {
            analyzeCells(state.scopes, newFree, inlinedCells);
        } else if (ste.type() == ScopeType.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste, state.scopes, bound, newFree, inlinedCells,
                ste.type() == ScopeType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeChildren(Scope ste, BlockState state, Set<String> newBound, Set<String> newFree,
            Set<String> newGlobal, Set<String> typeParams, Scope classEntry, Set<String> inlinedCells) {
        for (Scope child : ste.mutableChildren()) {
            Scope childClassEntry = null;
            if (child.canSeeClassScope) {
                if (ste.type() == ScopeType.CLASS) {
                    childClassEntry = ste;
                } else if (classEntry != null) {
                    childClassEntry = classEntry;
                }
            }
            boolean inline = child.comprehension != ComprehensionKind.NONE && !child.generator;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(child, new LinkedHashSet<>(newBound), childFree, new LinkedHashSet<>(newGlobal),
                    new LinkedHashSet<>(typeParams), childClassEntry);
            if (inline) {
                ComprehensionInliner.inline(ste, child, state.scopes, childFree, inlinedCells);
                child.comprehensionInlined = true;
            }
            newFree.addAll(childFree);
            if (child.hasFree || child.childHasFree) {
                ste.childHasFree = true;
            }
        }
        // An inlined comprehension's own children take its place among ours.
        List<Scope> spliced = new ArrayList<>();
        for (Scope child : ste.mutableChildren()) {
            if (child.comprehensionInlined) {
                spliced.addAll(child.mutableChildren());
            } else {
                spliced.add(child);
            }
        }
        ste.replaceChildren(spliced);
    }

    private void analyzeName(Scope ste, BlockState state, String name, int flags, Set<String> bound,
            Set<String> free, Set<String> global, Set<String> typeParams, Scope classEntry) {
        Map<String, SymbolScope> scopes = state.scopes;
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errors.at(ste.directiveFor(name), "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errors.at(ste.directiveFor(name), "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errors.at(ste.directiveFor(name), "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errors.at(ste.directiveFor(name),
                        "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, SymbolScope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, SymbolScope.LOCAL);
            state.local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In a scope that can see a class body, a name the class binds is looked up there at run time.
        if (classEntry != null) {
            int classFlags = classEntry.flags(name);
            if ((classFlags & DEF_BOUND) != 0) {
                scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
                return;
            }
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, SymbolScope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.isNested()) {
            ste.hasFree = true;
        }
        scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
    }

    /** Locals that a nested scope reads become cells. */
    private static void analyzeCells(Map<String, SymbolScope> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, SymbolScope> entry : scopes.entrySet()) {
            if (entry.getValue() != SymbolScope.LOCAL) {
                continue;
            }
            String name = entry.getKey();
            if (free.contains(name) || inlinedCells.contains(name)) {
                entry.setValue(SymbolScope.CELL);
                free.remove(name);
            }
        }
    }

    /** {@code __class__}/{@code __classdict__} wanted by methods are provided by the class itself. */
    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassdict = true;
        }
    }

    private static void updateSymbols(Scope ste, Map<String, SymbolScope> scopes, Set<String> bound,
            Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> entry : ste.rawSymbols().entrySet()) {
            int flags = entry.getValue();
            if (inlinedCells.contains(entry.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            flags |= scopes.get(entry.getKey()).code() << SCOPE_OFFSET;
            entry.setValue(flags);
        }
        // Free variables of children not resolved here travel up through this scope.
        for (String name : free) {
            if (ste.contains(name)) {
                if (classFlag) {
                    ste.putFlags(name, ste.flags(name) | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.putFlags(name, SymbolScope.FREE.code() << SCOPE_OFFSET);
        }
    }
}
