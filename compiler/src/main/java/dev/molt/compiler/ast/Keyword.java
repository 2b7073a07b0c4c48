package dev.molt.compiler.ast;

/** CPython's ast.keyword. */
public record Keyword(String arg, Expr value, Span span) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitKeyword(this);
    }
}
