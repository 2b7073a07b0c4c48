package dev.molt.compiler.ast;

/** CPython's ast.withitem. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitWithItem(this);
    }
}
