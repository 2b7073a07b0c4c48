package dev.molt.compiler.ast;

import java.util.List;

/** CPython's ast.stmt family. Nodes mirror the ast module's classes and fields. */
public sealed interface Stmt extends Node {
    Span span();

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<dev.molt.compiler.ast.Expr> decoratorList, dev.molt.compiler.ast.Expr returns, String typeComment, List<TypeParam> typeParams, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFunctionDef(this);
        }
    }

    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<dev.molt.compiler.ast.Expr> decoratorList, dev.molt.compiler.ast.Expr returns, String typeComment, List<TypeParam> typeParams, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncFunctionDef(this);
        }
    }

    record ClassDef(String name, List<dev.molt.compiler.ast.Expr> bases, List<Keyword> keywords, List<Stmt> body, List<dev.molt.compiler.ast.Expr> decoratorList, List<TypeParam> typeParams, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitClassDef(this);
        }
    }

    record Return(dev.molt.compiler.ast.Expr value, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitReturn(this);
        }
    }

    record Delete(List<dev.molt.compiler.ast.Expr> targets, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }

    record Assign(List<dev.molt.compiler.ast.Expr> targets, dev.molt.compiler.ast.Expr value, String typeComment, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAssign(this);
        }
    }

    record TypeAlias(dev.molt.compiler.ast.Expr name, List<TypeParam> typeParams, dev.molt.compiler.ast.Expr value, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeAlias(this);
        }
    }

    record AugAssign(dev.molt.compiler.ast.Expr target, Operator op, dev.molt.compiler.ast.Expr value, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAugAssign(this);
        }
    }

    record AnnAssign(dev.molt.compiler.ast.Expr target, dev.molt.compiler.ast.Expr annotation, dev.molt.compiler.ast.Expr value, int simple, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAnnAssign(this);
        }
    }

    record For(dev.molt.compiler.ast.Expr target, dev.molt.compiler.ast.Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFor(this);
        }
    }

    record AsyncFor(dev.molt.compiler.ast.Expr target, dev.molt.compiler.ast.Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncFor(this);
        }
    }

    record While(dev.molt.compiler.ast.Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitWhile(this);
        }
    }

    record If(dev.molt.compiler.ast.Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    record With(List<WithItem> items, List<Stmt> body, String typeComment, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitWith(this);
        }
    }

    record AsyncWith(List<WithItem> items, List<Stmt> body, String typeComment, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncWith(this);
        }
    }

    record Match(dev.molt.compiler.ast.Expr subject, List<MatchCase> cases, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatch(this);
        }
    }

    record Raise(dev.molt.compiler.ast.Expr exc, dev.molt.compiler.ast.Expr cause, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitRaise(this);
        }
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTry(this);
        }
    }

    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTryStar(this);
        }
    }

    record Assert(dev.molt.compiler.ast.Expr test, dev.molt.compiler.ast.Expr msg, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAssert(this);
        }
    }

    record Import(List<Alias> names, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitImport(this);
        }
    }

    record ImportFrom(String module, List<Alias> names, int level, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitImportFrom(this);
        }
    }

    record Global(List<String> names, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitGlobal(this);
        }
    }

    record Nonlocal(List<String> names, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitNonlocal(this);
        }
    }

    record Expr(dev.molt.compiler.ast.Expr value, Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitExpr(this);
        }
    }

    record Pass(Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitPass(this);
        }
    }

    record Break(Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitBreak(this);
        }
    }

    record Continue(Span span) implements Stmt {
        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitContinue(this);
        }
    }
}
