package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Alias;
import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Stmt;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__} imports at the head of a module (CPython's future.c), which run
 * before the symbol table. Only {@code annotations} changes what the symbol table builds.
 */
public record FutureFeatures(boolean annotations, boolean barryAsBdfl, Span lastImport) {

    /** Where the last leading future import sits; null when there is none. */
    public record Span(int lineno, int colOffset) {
    }

    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals",
            "generator_stop");

    /** Scans the leading future imports; throws CPython's SyntaxError for unknown features. */
    static FutureFeatures scan(Module module, ErrorLocator errors) {
        List<Stmt> body = module.body();
        boolean annotations = false;
        boolean barry = false;
        Span last = null;
        int i = hasDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom from) || !"__future__".equals(from.module())) {
                break;
            }
            for (Alias alias : from.names()) {
                String feature = alias.name();
                if (feature.equals("annotations")) {
                    annotations = true;
                } else if (feature.equals("barry_as_FLUFL")) {
                    barry = true;
                } else if (feature.equals("braces")) {
                    throw errors.atStart(from.span(), "not a chance");
                } else if (!KNOWN.contains(feature)) {
                    throw errors.atStart(from.span(), "future feature " + feature + " is not defined");
                }
            }
            last = new Span(from.span().lineno(), from.span().colOffset());
        }
        return new FutureFeatures(annotations, barry, last);
    }

    static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.Expr expr
                && expr.value() instanceof Expr.Constant constant
                && constant.value() instanceof ConstantValue.Str;
    }
}
