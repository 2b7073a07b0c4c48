package dev.molt.compiler.ast;

import java.util.List;

/** CPython's ast.arguments. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitArguments(this);
    }
}
