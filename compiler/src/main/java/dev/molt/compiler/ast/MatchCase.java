package dev.molt.compiler.ast;

import java.util.List;

/** CPython's ast.match_case. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitMatchCase(this);
    }
}
