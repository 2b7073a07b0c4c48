package dev.molt.compiler.ast;

import java.util.List;

/**
 * Walks every child of a node in field order; override the visits you care about and call
 * {@code super} to keep descending. Returns null throughout.
 */
public class AstScanner implements AstVisitor<Void> {
    protected void scan(Node node) {
        if (node != null) {
            node.accept(this);
        }
    }

    protected void scan(List<? extends Node> nodes) {
        for (Node node : nodes) {
            scan(node);
        }
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef node) {
        scan(node.args());
        scan(node.body());
        scan(node.decoratorList());
        scan(node.returns());
        scan(node.typeParams());
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        scan(node.args());
        scan(node.body());
        scan(node.decoratorList());
        scan(node.returns());
        scan(node.typeParams());
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef node) {
        scan(node.bases());
        scan(node.keywords());
        scan(node.body());
        scan(node.decoratorList());
        scan(node.typeParams());
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return node) {
        scan(node.value());
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete node) {
        scan(node.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign node) {
        scan(node.targets());
        scan(node.value());
        return null;
    }

    @Override
    public Void visitTypeAlias(Stmt.TypeAlias node) {
        scan(node.name());
        scan(node.typeParams());
        scan(node.value());
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign node) {
        scan(node.target());
        scan(node.value());
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign node) {
        scan(node.target());
        scan(node.annotation());
        scan(node.value());
        return null;
    }

    @Override
    public Void visitFor(Stmt.For node) {
        scan(node.target());
        scan(node.iter());
        scan(node.body());
        scan(node.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor node) {
        scan(node.target());
        scan(node.iter());
        scan(node.body());
        scan(node.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While node) {
        scan(node.test());
        scan(node.body());
        scan(node.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If node) {
        scan(node.test());
        scan(node.body());
        scan(node.orelse());
        return null;
    }

    @Override
    public Void visitWith(Stmt.With node) {
        scan(node.items());
        scan(node.body());
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith node) {
        scan(node.items());
        scan(node.body());
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match node) {
        scan(node.subject());
        scan(node.cases());
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise node) {
        scan(node.exc());
        scan(node.cause());
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try node) {
        scan(node.body());
        scan(node.handlers());
        scan(node.orelse());
        scan(node.finalbody());
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar node) {
        scan(node.body());
        scan(node.handlers());
        scan(node.orelse());
        scan(node.finalbody());
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert node) {
        scan(node.test());
        scan(node.msg());
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import node) {
        scan(node.names());
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom node) {
        scan(node.names());
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global node) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal node) {
        return null;
    }

    @Override
    public Void visitExpr(Stmt.Expr node) {
        scan(node.value());
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass node) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break node) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue node) {
        return null;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp node) {
        scan(node.values());
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr node) {
        scan(node.target());
        scan(node.value());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp node) {
        scan(node.left());
        scan(node.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp node) {
        scan(node.operand());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda node) {
        scan(node.args());
        scan(node.body());
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp node) {
        scan(node.test());
        scan(node.body());
        scan(node.orelse());
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict node) {
        scan(node.keys());
        scan(node.values());
        return null;
    }

    @Override
    public Void visitSet(Expr.Set node) {
        scan(node.elts());
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp node) {
        scan(node.elt());
        scan(node.generators());
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp node) {
        scan(node.elt());
        scan(node.generators());
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp node) {
        scan(node.key());
        scan(node.value());
        scan(node.generators());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp node) {
        scan(node.elt());
        scan(node.generators());
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await node) {
        scan(node.value());
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield node) {
        scan(node.value());
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom node) {
        scan(node.value());
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare node) {
        scan(node.left());
        scan(node.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call node) {
        scan(node.func());
        scan(node.args());
        scan(node.keywords());
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue node) {
        scan(node.value());
        scan(node.formatSpec());
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr node) {
        scan(node.values());
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant node) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute node) {
        scan(node.value());
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript node) {
        scan(node.value());
        scan(node.slice());
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred node) {
        scan(node.value());
        return null;
    }

    @Override
    public Void visitName(Expr.Name node) {
        return null;
    }

    @Override
    public Void visitList(Expr.List node) {
        scan(node.elts());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple node) {
        scan(node.elts());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice node) {
        scan(node.lower());
        scan(node.upper());
        scan(node.step());
        return null;
    }

    @Override
    public Void visitMatchValue(Pattern.MatchValue node) {
        scan(node.value());
        return null;
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton node) {
        return null;
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence node) {
        scan(node.patterns());
        return null;
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping node) {
        scan(node.keys());
        scan(node.patterns());
        return null;
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass node) {
        scan(node.cls());
        scan(node.patterns());
        scan(node.kwdPatterns());
        return null;
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar node) {
        return null;
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs node) {
        scan(node.pattern());
        return null;
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr node) {
        scan(node.patterns());
        return null;
    }

    @Override
    public Void visitTypeVar(TypeParam.TypeVar node) {
        scan(node.bound());
        return null;
    }

    @Override
    public Void visitParamSpec(TypeParam.ParamSpec node) {
        return null;
    }

    @Override
    public Void visitTypeVarTuple(TypeParam.TypeVarTuple node) {
        return null;
    }

    @Override
    public Void visitArguments(Arguments node) {
        scan(node.posonlyargs());
        scan(node.args());
        scan(node.vararg());
        scan(node.kwonlyargs());
        scan(node.kwDefaults());
        scan(node.kwarg());
        scan(node.defaults());
        return null;
    }

    @Override
    public Void visitArg(Arg node) {
        scan(node.annotation());
        return null;
    }

    @Override
    public Void visitKeyword(Keyword node) {
        scan(node.value());
        return null;
    }

    @Override
    public Void visitAlias(Alias node) {
        return null;
    }

    @Override
    public Void visitWithItem(WithItem node) {
        scan(node.contextExpr());
        scan(node.optionalVars());
        return null;
    }

    @Override
    public Void visitMatchCase(MatchCase node) {
        scan(node.pattern());
        scan(node.guard());
        scan(node.body());
        return null;
    }

    @Override
    public Void visitComprehension(Comprehension node) {
        scan(node.target());
        scan(node.iter());
        scan(node.ifs());
        return null;
    }

    @Override
    public Void visitExceptHandler(ExceptHandler node) {
        scan(node.type());
        scan(node.body());
        return null;
    }

    @Override
    public Void visitTypeIgnore(TypeIgnore node) {
        return null;
    }

    @Override
    public Void visitModule(Module node) {
        scan(node.body());
        scan(node.typeIgnores());
        return null;
    }
}
