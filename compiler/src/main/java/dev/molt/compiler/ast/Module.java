package dev.molt.compiler.ast;

import java.util.List;

/** CPython's ast.mod. */
public record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitModule(this);
    }
}
