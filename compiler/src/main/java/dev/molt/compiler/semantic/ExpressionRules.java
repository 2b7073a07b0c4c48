package dev.molt.compiler.semantic;

import static dev.molt.compiler.semantic.SymbolFlags.DEF_COMP_ITER;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_GLOBAL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_LOCAL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_NONLOCAL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_PARAM;

import dev.molt.compiler.ast.Comprehension;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Span;
import java.util.List;

/**
 * The expression rules of the first pass that carry CPython's subtle errors: assignment
 * expressions (PEP 572 scoping), {@code yield}/{@code await} placement and comprehension scopes.
 */
final class ExpressionRules {
    private ExpressionRules() {
    }

    /** {@code symtable_raise_if_annotation_block}: yield/await/walrus have no place in these scopes. */
    static void raiseIfAnnotationBlock(ScopeBuilder builder, String what, Span span) {
        String where = switch (builder.current.type()) {
            case ANNOTATION -> "an annotation";
            case TYPE_VAR_BOUND -> "a TypeVar bound";
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAMETERS -> "the definition of a generic";
            default -> null;
        };
        if (where != null) {
            throw builder.errors.at(span, what + " cannot be used within " + where);
        }
    }

    static void visitYield(ScopeBuilder builder, Expr node, Expr value) {
        raiseIfAnnotationBlock(builder, "yield expression", node.span());
        builder.scanNode(value);
        Scope current = builder.current;
        current.generator = true;
        if (current.comprehension != ComprehensionKind.NONE) {
            throw builder.errors.at(node.span(), "'yield' inside " + current.comprehension.description());
        }
    }

    static void visitNamedExpr(ScopeBuilder builder, Expr.NamedExpr node) {
        raiseIfAnnotationBlock(builder, "named expression", node.span());
        if (builder.current.compIterExpr > 0) {
            throw builder.errors.at(node.span(),
                    "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (builder.current.comprehension != ComprehensionKind.NONE) {
            extendNamedExprScope(builder, (Expr.Name) node.target());
        }
        builder.scanNode(node.value());
        builder.scanNode(node.target());
    }

    /** PEP 572: a walrus in a comprehension binds in the nearest enclosing function or module. */
    private static void extendNamedExprScope(ScopeBuilder builder, Expr.Name target) {
        String name = target.id();
        Span span = target.span();
        List<Scope> stack = builder.stack();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope scope = stack.get(i);
            if (scope.comprehension != ComprehensionKind.NONE) {
                if ((scope.flags(name) & DEF_COMP_ITER) != 0) {
                    throw builder.errors.at(span,
                            "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                }
                continue;
            }
            switch (scope.type()) {
                case FUNCTION -> {
                    int declared = (scope.flags(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL;
                    builder.addDef(name, declared, span);
                    builder.recordDirective(name, span);
                    builder.addDefIn(scope, name, DEF_LOCAL, span);
                    return;
                }
                case MODULE -> {
                    builder.addDef(name, DEF_GLOBAL, span);
                    builder.recordDirective(name, span);
                    builder.addDefIn(scope, name, DEF_GLOBAL, span);
                    return;
                }
                case CLASS -> throw builder.errors.at(span,
                        "assignment expression within a comprehension cannot be used in a class body");
                case TYPE_PARAMETERS -> throw builder.errors.at(span,
                        "assignment expression within a comprehension cannot be used within the definition of a generic");
                case TYPE_ALIAS -> throw builder.errors.at(span,
                        "assignment expression within a comprehension cannot be used in a type alias");
                case TYPE_VAR_BOUND -> throw builder.errors.at(span,
                        "assignment expression within a comprehension cannot be used in a TypeVar bound");
                case ANNOTATION -> {
                    // Annotation scopes are transparent here; keep looking outward.
                }
            }
        }
        throw new IllegalStateException("no scope for assignment expression target " + name);
    }

    /** {@code symtable_handle_comprehension}. */
    static void visitComprehension(ScopeBuilder builder, Expr node, String scopeName, ComprehensionKind kind,
            List<Comprehension> generators, Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing scope.
        builder.current.compIterExpr++;
        builder.scanNode(outermost.iter());
        builder.current.compIterExpr--;
        builder.enterBlock(scopeName, ScopeType.FUNCTION, node, node.span());
        Scope comp = builder.current;
        comp.comprehension = kind;
        if (outermost.isAsync() != 0) {
            comp.coroutine = true;
        }
        // The outermost iterator arrives as the implicit parameter ".0".
        builder.addDef(".0", DEF_PARAM, node.span());
        comp.compIterTarget = true;
        builder.scanNode(outermost.target());
        comp.compIterTarget = false;
        builder.scanAll(outermost.ifs());
        builder.scanAll(generators.subList(1, generators.size()));
        builder.scanNode(value);
        builder.scanNode(elt);
        boolean isGenerator = kind == ComprehensionKind.GENERATOR;
        comp.generator = isGenerator;
        boolean isAsync = comp.coroutine && !isGenerator;
        builder.exitBlock();
        if (isAsync) {
            builder.current.coroutine = true;
        }
    }
}
