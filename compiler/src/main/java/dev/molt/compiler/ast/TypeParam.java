package dev.molt.compiler.ast;

/** CPython's ast.type_param family. Nodes mirror the ast module's classes and fields. */
public sealed interface TypeParam extends Node {
    Span span();

    record TypeVar(String name, Expr bound, Span span) implements TypeParam {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeVar(this);
        }
    }

    record ParamSpec(String name, Span span) implements TypeParam {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitParamSpec(this);
        }
    }

    record TypeVarTuple(String name, Span span) implements TypeParam {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeVarTuple(this);
        }
    }
}
