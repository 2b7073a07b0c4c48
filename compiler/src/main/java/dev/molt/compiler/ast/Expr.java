package dev.molt.compiler.ast;

/** CPython's ast.expr family. Nodes mirror the ast module's classes and fields. */
public sealed interface Expr extends Node {
    Span span();

    record BoolOp(BoolOperator op, java.util.List<Expr> values, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitBoolOp(this);
        }
    }

    record NamedExpr(Expr target, Expr value, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitNamedExpr(this);
        }
    }

    record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitBinOp(this);
        }
    }

    record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitUnaryOp(this);
        }
    }

    record Lambda(Arguments args, Expr body, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitLambda(this);
        }
    }

    record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitIfExp(this);
        }
    }

    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitDict(this);
        }
    }

    record Set(java.util.List<Expr> elts, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSet(this);
        }
    }

    record ListComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitListComp(this);
        }
    }

    record SetComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSetComp(this);
        }
    }

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitDictComp(this);
        }
    }

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitGeneratorExp(this);
        }
    }

    record Await(Expr value, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAwait(this);
        }
    }

    record Yield(Expr value, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitYield(this);
        }
    }

    record YieldFrom(Expr value, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitYieldFrom(this);
        }
    }

    record Compare(Expr left, java.util.List<CmpOperator> ops, java.util.List<Expr> comparators, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    record FormattedValue(Expr value, int conversion, Expr formatSpec, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFormattedValue(this);
        }
    }

    record JoinedStr(java.util.List<Expr> values, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitJoinedStr(this);
        }
    }

    record Constant(ConstantValue value, String kind, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitConstant(this);
        }
    }

    record Attribute(Expr value, String attr, ExprContext ctx, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAttribute(this);
        }
    }

    record Subscript(Expr value, Expr slice, ExprContext ctx, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSubscript(this);
        }
    }

    record Starred(Expr value, ExprContext ctx, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitStarred(this);
        }
    }

    record Name(String id, ExprContext ctx, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitName(this);
        }
    }

    record List(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitList(this);
        }
    }

    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTuple(this);
        }
    }

    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSlice(this);
        }
    }
}
