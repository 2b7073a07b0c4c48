package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table, CPython's {@code PySTEntryObject}: a module, class, function,
 * lambda, comprehension or one of the PEP 695 scopes. Built by {@link ScopeBuilder}, resolved by
 * {@link ScopeAnalyzer}; read-only for everyone else.
 */
public final class Scope {
    /** Where a global/nonlocal declaration (or a walrus acting as one) sits, for later errors. */
    record Directive(String name, Span span) {
    }

    private final String name;
    private final ScopeType type;
    private final Span span;
    private final boolean nested;
    private final Map<String, Integer> symbols = new LinkedHashMap<>();
    private final List<String> varnames = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();
    private List<Scope> children = new ArrayList<>();

    ComprehensionKind comprehension = ComprehensionKind.NONE;
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassdict;
    boolean canSeeClassScope;
    boolean comprehensionInlined;
    boolean compIterTarget;
    int compIterExpr;
    boolean hasFree;
    boolean childHasFree;

    Scope(String name, ScopeType type, Span span, boolean nested) {
        this.name = name;
        this.type = type;
        this.span = span;
        this.nested = nested;
    }

    public String name() {
        return name;
    }

    public ScopeType type() {
        return type;
    }

    /** CPython's {@code ste_lineno}: 0 for the module. */
    public int lineno() {
        return span.lineno();
    }

    public Span span() {
        return span;
    }

    /** A class or function (or PEP 695 scope) inside a function-like scope, directly or not. */
    public boolean isNested() {
        return nested;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** Names in insertion order, as {@code _symtable}'s {@code symbols} dict. */
    public List<String> names() {
        return List.copyOf(symbols.keySet());
    }

    /** The symbol named {@code name} (already mangled), or null. */
    public Symbol lookup(String name) {
        Integer flags = symbols.get(name);
        return flags == null ? null : new Symbol(name, flags, type == ScopeType.MODULE);
    }

    public List<Symbol> symbols() {
        List<Symbol> out = new ArrayList<>(symbols.size());
        for (String ident : symbols.keySet()) {
            out.add(lookup(ident));
        }
        return out;
    }

    /** Parameter names in declaration order (CPython's {@code ste_varnames}). */
    public List<String> parameters() {
        return Collections.unmodifiableList(varnames);
    }

    public ComprehensionKind comprehension() {
        return comprehension;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    public boolean returnsValue() {
        return returnsValue;
    }

    /** A class whose methods use {@code __class__} or {@code super}: needs the implicit cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** A class whose annotation scopes read the class namespace through {@code __classdict__}. */
    public boolean needsClassdict() {
        return needsClassdict;
    }

    public boolean canSeeClassScope() {
        return canSeeClassScope;
    }

    /** A list/set/dict comprehension that PEP 709 inlines into its parent. */
    public boolean isComprehensionInlined() {
        return comprehensionInlined;
    }

    // ---- mutation, for the builder and analyzer only ----

    int flags(String ident) {
        return symbols.getOrDefault(ident, 0);
    }

    boolean contains(String ident) {
        return symbols.containsKey(ident);
    }

    void putFlags(String ident, int flags) {
        symbols.put(ident, flags);
    }

    Map<String, Integer> rawSymbols() {
        return symbols;
    }

    void addVarname(String ident) {
        varnames.add(ident);
    }

    void addDirective(String ident, Span where) {
        directives.add(new Directive(ident, where));
    }

    Span directiveFor(String ident) {
        for (Directive directive : directives) {
            if (directive.name().equals(ident)) {
                return directive.span();
            }
        }
        throw new IllegalStateException("no directive recorded for " + ident);
    }

    void addChild(Scope child) {
        children.add(child);
    }

    List<Scope> mutableChildren() {
        return children;
    }

    void replaceChildren(List<Scope> replacement) {
        children = replacement;
    }

    @Override
    public String toString() {
        return type.label() + " " + name + " (line " + lineno() + ")";
    }
}
