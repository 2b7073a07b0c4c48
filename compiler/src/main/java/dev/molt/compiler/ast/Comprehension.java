package dev.molt.compiler.ast;

import java.util.List;

/** CPython's ast.comprehension. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitComprehension(this);
    }
}
