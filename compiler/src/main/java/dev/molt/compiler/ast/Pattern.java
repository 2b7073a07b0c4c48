package dev.molt.compiler.ast;

import java.util.List;

/** CPython's ast.pattern family. Nodes mirror the ast module's classes and fields. */
public sealed interface Pattern extends Node {
    Span span();

    record MatchValue(Expr value, Span span) implements Pattern {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchValue(this);
        }
    }

    record MatchSingleton(ConstantValue value, Span span) implements Pattern {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchSingleton(this);
        }
    }

    record MatchSequence(List<Pattern> patterns, Span span) implements Pattern {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchSequence(this);
        }
    }

    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Span span) implements Pattern {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchMapping(this);
        }
    }

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Span span) implements Pattern {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchClass(this);
        }
    }

    record MatchStar(String name, Span span) implements Pattern {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchStar(this);
        }
    }

    record MatchAs(Pattern pattern, String name, Span span) implements Pattern {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchAs(this);
        }
    }

    record MatchOr(List<Pattern> patterns, Span span) implements Pattern {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchOr(this);
        }
    }
}
