package dev.molt.compiler.syntax;

import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Which expressions may be assigned to or deleted, and their rebuilding with a Store or Del context
 * (nodes are immutable, so a target parsed as an expression is copied with the new context).
 */
final class TargetRules {

    private TargetRules() {
    }

    /** {@code e} with context {@code ctx} throughout, or null when it is not a valid target. */
    static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name name) {
            return new Expr.Name(name.id(), ctx, name.span());
        }
        if (e instanceof Expr.Attribute attribute) {
            return new Expr.Attribute(attribute.value(), attribute.attr(), ctx, attribute.span());
        }
        if (e instanceof Expr.Subscript subscript) {
            return new Expr.Subscript(subscript.value(), subscript.slice(), ctx, subscript.span());
        }
        if (e instanceof Expr.Tuple tuple) {
            List<Expr> elts = eltsWithContext(tuple.elts(), ctx);
            return elts == null ? null : new Expr.Tuple(elts, ctx, tuple.span());
        }
        if (e instanceof Expr.List list) {
            List<Expr> elts = eltsWithContext(list.elts(), ctx);
            return elts == null ? null : new Expr.List(elts, ctx, list.span());
        }
        if (e instanceof Expr.Starred starred && ctx == ExprContext.Store) {
            Expr value = withContext(starred.value(), ctx);
            return value == null ? null : new Expr.Starred(value, ctx, starred.span());
        }
        return null;
    }

    private static List<Expr> eltsWithContext(List<Expr> elts, ExprContext ctx) {
        List<Expr> result = new ArrayList<>(elts.size());
        for (Expr elt : elts) {
            Expr converted = withContext(elt, ctx);
            if (converted == null) {
                return null;
            }
            result.add(converted);
        }
        return result;
    }

    /** The node CPython blames when {@code e} is not a valid target (its _PyPegen_get_invalid_target). */
    static Expr invalidPart(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Tuple tuple) {
            return firstInvalid(tuple.elts(), ctx);
        }
        if (e instanceof Expr.List list) {
            return firstInvalid(list.elts(), ctx);
        }
        if (e instanceof Expr.Starred starred) {
            return ctx == ExprContext.Del ? e : invalidPart(starred.value(), ctx);
        }
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, ExprContext ctx) {
        for (Expr elt : elts) {
            Expr invalid = invalidPart(elt, ctx);
            if (invalid != null) {
                return invalid;
            }
        }
        return null;
    }

    /** How CPython names an expression in messages such as "cannot assign to %s". */
    static String describe(Expr e) {
        if (e instanceof Expr.Constant constant) {
            ConstantValue value = constant.value();
            if (value instanceof ConstantValue.None) {
                return "None";
            }
            if (value instanceof ConstantValue.Bool bool) {
                return bool.value() ? "True" : "False";
            }
            if (value instanceof ConstantValue.Ellipsis) {
                return "ellipsis";
            }
            return "literal";
        }
        if (e instanceof Expr.Attribute) {
            return "attribute";
        }
        if (e instanceof Expr.Subscript) {
            return "subscript";
        }
        if (e instanceof Expr.Starred) {
            return "starred";
        }
        if (e instanceof Expr.Name) {
            return "name";
        }
        if (e instanceof Expr.List) {
            return "list";
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.Lambda) {
            return "lambda";
        }
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        }
        return describeOther(e);
    }

    private static String describeOther(Expr e) {
        if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        }
        if (e instanceof Expr.Await) {
            return "await expression";
        }
        if (e instanceof Expr.ListComp) {
            return "list comprehension";
        }
        if (e instanceof Expr.SetComp) {
            return "set comprehension";
        }
        if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        }
        if (e instanceof Expr.Dict) {
            return "dict literal";
        }
        if (e instanceof Expr.Set) {
            return "set display";
        }
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        if (e instanceof Expr.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }
}
