package dev.molt.compiler.lower;

import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Stmt;

/** Names constructs in "unsupported" messages by their CPython ast class, which every Python user can look up. */
final class AstNames {
    private AstNames() {
    }

    static String describe(Stmt stmt) {
        return "statement " + stmt.getClass().getSimpleName();
    }

    static String describe(Expr expr) {
        return "expression " + expr.getClass().getSimpleName();
    }
}
