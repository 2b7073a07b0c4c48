package dev.molt.compiler.ast;

import java.util.List;

/** CPython's ast.excepthandler. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitExceptHandler(this);
    }
}
