package dev.molt.compiler.ast;

/** CPython's ast.arg. */
public record Arg(String arg, Expr annotation, String typeComment, Span span) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitArg(this);
    }
}
