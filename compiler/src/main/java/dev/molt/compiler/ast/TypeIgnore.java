package dev.molt.compiler.ast;

/** CPython's ast.type_ignore. */
public record TypeIgnore(int lineno, String tag) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitTypeIgnore(this);
    }
}
