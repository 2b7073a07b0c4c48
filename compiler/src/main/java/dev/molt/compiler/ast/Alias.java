package dev.molt.compiler.ast;

/** CPython's ast.alias. */
public record Alias(String name, String asname, Span span) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitAlias(this);
    }
}
