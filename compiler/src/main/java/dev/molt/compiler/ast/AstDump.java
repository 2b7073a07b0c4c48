package dev.molt.compiler.ast;

import java.util.List;

/**
 * Prints a tree exactly as CPython 3.12's {@code ast.dump(tree, include_attributes=True)} does:
 * {@code Name(field=value, ..., lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)}, every field
 * by keyword, optional fields left out when absent, lists always printed, field-less enum nodes as
 * {@code Load()}, scalars by Python's {@code repr}. One visit per node class writes into a single
 * buffer, so the class is long but flat; each visit lists its fields in CPython's order.
 */
public final class AstDump implements AstVisitor<Void> {
    private final StringBuilder out;
    /** Whether the next field needs a {@code ", "} before it: true after any finished value. */
    private boolean afterValue;

    private AstDump(StringBuilder out) {
        this.out = out;
    }

    /** {@code ast.dump(module, include_attributes=True)}. */
    public static String dump(Module module) {
        return dump((Node) module);
    }

    /** The same dump for any node, as CPython prints a subtree. */
    public static String dump(Node node) {
        StringBuilder out = new StringBuilder(4096);
        node.accept(new AstDump(out));
        return out.toString();
    }

    private AstDump open(String className) {
        out.append(className).append('(');
        afterValue = false;
        return this;
    }

    private void key(String field) {
        if (afterValue) {
            out.append(", ");
        }
        out.append(field).append('=');
    }

    private Void close() {
        out.append(')');
        afterValue = true;
        return null;
    }

    private Void close(Span span) {
        integer("lineno", span.lineno());
        integer("col_offset", span.colOffset());
        integer("end_lineno", span.endLineno());
        integer("end_col_offset", span.endColOffset());
        return close();
    }

    private AstDump node(String field, Node child) {
        key(field);
        child.accept(this);
        return this;
    }

    /** CPython leaves out an optional ({@code ?}) field whose value is None. */
    private AstDump optionalNode(String field, Node child) {
        return child == null ? this : node(field, child);
    }

    /** A list field; null elements (a {@code **x} key in a Dict) print as None. */
    private AstDump nodes(String field, List<? extends Node> children) {
        key(field);
        out.append('[');
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Node child = children.get(i);
            if (child == null) {
                out.append("None");
            } else {
                child.accept(this);
            }
        }
        out.append(']');
        afterValue = true;
        return this;
    }

    private AstDump str(String field, String value) {
        key(field);
        ConstantRepr.appendStr(out, value);
        afterValue = true;
        return this;
    }

    private AstDump optionalStr(String field, String value) {
        return value == null ? this : str(field, value);
    }

    private AstDump strs(String field, List<String> values) {
        key(field);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            ConstantRepr.appendStr(out, values.get(i));
        }
        out.append(']');
        afterValue = true;
        return this;
    }

    private AstDump integer(String field, int value) {
        key(field);
        out.append(value);
        afterValue = true;
        return this;
    }

    private AstDump constant(String field, ConstantValue value) {
        key(field);
        ConstantRepr.append(out, value);
        afterValue = true;
        return this;
    }

    /** Operators and contexts are field-less nodes: {@code Add()}, {@code Load()}. */
    private AstDump enumNode(String field, Enum<?> value) {
        key(field);
        out.append(value.name()).append("()");
        afterValue = true;
        return this;
    }

    private AstDump enumNodes(String field, List<? extends Enum<?>> values) {
        key(field);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(values.get(i).name()).append("()");
        }
        out.append(']');
        afterValue = true;
        return this;
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef node) {
        return open("FunctionDef")
                .str("name", node.name())
                .node("args", node.args())
                .nodes("body", node.body())
                .nodes("decorator_list", node.decoratorList())
                .optionalNode("returns", node.returns())
                .optionalStr("type_comment", node.typeComment())
                .nodes("type_params", node.typeParams())
                .close(node.span());
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        return open("AsyncFunctionDef")
                .str("name", node.name())
                .node("args", node.args())
                .nodes("body", node.body())
                .nodes("decorator_list", node.decoratorList())
                .optionalNode("returns", node.returns())
                .optionalStr("type_comment", node.typeComment())
                .nodes("type_params", node.typeParams())
                .close(node.span());
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef node) {
        return open("ClassDef")
                .str("name", node.name())
                .nodes("bases", node.bases())
                .nodes("keywords", node.keywords())
                .nodes("body", node.body())
                .nodes("decorator_list", node.decoratorList())
                .nodes("type_params", node.typeParams())
                .close(node.span());
    }

    @Override
    public Void visitReturn(Stmt.Return node) {
        return open("Return").optionalNode("value", node.value()).close(node.span());
    }

    @Override
    public Void visitDelete(Stmt.Delete node) {
        return open("Delete").nodes("targets", node.targets()).close(node.span());
    }

    @Override
    public Void visitAssign(Stmt.Assign node) {
        return open("Assign")
                .nodes("targets", node.targets())
                .node("value", node.value())
                .optionalStr("type_comment", node.typeComment())
                .close(node.span());
    }

    @Override
    public Void visitTypeAlias(Stmt.TypeAlias node) {
        return open("TypeAlias")
                .node("name", node.name())
                .nodes("type_params", node.typeParams())
                .node("value", node.value())
                .close(node.span());
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign node) {
        return open("AugAssign")
                .node("target", node.target())
                .enumNode("op", node.op())
                .node("value", node.value())
                .close(node.span());
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign node) {
        return open("AnnAssign")
                .node("target", node.target())
                .node("annotation", node.annotation())
                .optionalNode("value", node.value())
                .integer("simple", node.simple())
                .close(node.span());
    }

    @Override
    public Void visitFor(Stmt.For node) {
        return open("For")
                .node("target", node.target())
                .node("iter", node.iter())
                .nodes("body", node.body())
                .nodes("orelse", node.orelse())
                .optionalStr("type_comment", node.typeComment())
                .close(node.span());
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor node) {
        return open("AsyncFor")
                .node("target", node.target())
                .node("iter", node.iter())
                .nodes("body", node.body())
                .nodes("orelse", node.orelse())
                .optionalStr("type_comment", node.typeComment())
                .close(node.span());
    }

    @Override
    public Void visitWhile(Stmt.While node) {
        return open("While")
                .node("test", node.test())
                .nodes("body", node.body())
                .nodes("orelse", node.orelse())
                .close(node.span());
    }

    @Override
    public Void visitIf(Stmt.If node) {
        return open("If")
                .node("test", node.test())
                .nodes("body", node.body())
                .nodes("orelse", node.orelse())
                .close(node.span());
    }

    @Override
    public Void visitWith(Stmt.With node) {
        return open("With")
                .nodes("items", node.items())
                .nodes("body", node.body())
                .optionalStr("type_comment", node.typeComment())
                .close(node.span());
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith node) {
        return open("AsyncWith")
                .nodes("items", node.items())
                .nodes("body", node.body())
                .optionalStr("type_comment", node.typeComment())
                .close(node.span());
    }

    @Override
    public Void visitMatch(Stmt.Match node) {
        return open("Match").node("subject", node.subject()).nodes("cases", node.cases()).close(node.span());
    }

    @Override
    public Void visitRaise(Stmt.Raise node) {
        return open("Raise")
                .optionalNode("exc", node.exc())
                .optionalNode("cause", node.cause())
                .close(node.span());
    }

    @Override
    public Void visitTry(Stmt.Try node) {
        return open("Try")
                .nodes("body", node.body())
                .nodes("handlers", node.handlers())
                .nodes("orelse", node.orelse())
                .nodes("finalbody", node.finalbody())
                .close(node.span());
    }

    @Override
    public Void visitTryStar(Stmt.TryStar node) {
        return open("TryStar")
                .nodes("body", node.body())
                .nodes("handlers", node.handlers())
                .nodes("orelse", node.orelse())
                .nodes("finalbody", node.finalbody())
                .close(node.span());
    }

    @Override
    public Void visitAssert(Stmt.Assert node) {
        return open("Assert").node("test", node.test()).optionalNode("msg", node.msg()).close(node.span());
    }

    @Override
    public Void visitImport(Stmt.Import node) {
        return open("Import").nodes("names", node.names()).close(node.span());
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom node) {
        return open("ImportFrom")
                .optionalStr("module", node.module())
                .nodes("names", node.names())
                .integer("level", node.level())
                .close(node.span());
    }

    @Override
    public Void visitGlobal(Stmt.Global node) {
        return open("Global").strs("names", node.names()).close(node.span());
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal node) {
        return open("Nonlocal").strs("names", node.names()).close(node.span());
    }

    @Override
    public Void visitExpr(Stmt.Expr node) {
        return open("Expr").node("value", node.value()).close(node.span());
    }

    @Override
    public Void visitPass(Stmt.Pass node) {
        return open("Pass").close(node.span());
    }

    @Override
    public Void visitBreak(Stmt.Break node) {
        return open("Break").close(node.span());
    }

    @Override
    public Void visitContinue(Stmt.Continue node) {
        return open("Continue").close(node.span());
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp node) {
        return open("BoolOp").enumNode("op", node.op()).nodes("values", node.values()).close(node.span());
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr node) {
        return open("NamedExpr").node("target", node.target()).node("value", node.value()).close(node.span());
    }

    @Override
    public Void visitBinOp(Expr.BinOp node) {
        return open("BinOp")
                .node("left", node.left())
                .enumNode("op", node.op())
                .node("right", node.right())
                .close(node.span());
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp node) {
        return open("UnaryOp").enumNode("op", node.op()).node("operand", node.operand()).close(node.span());
    }

    @Override
    public Void visitLambda(Expr.Lambda node) {
        return open("Lambda").node("args", node.args()).node("body", node.body()).close(node.span());
    }

    @Override
    public Void visitIfExp(Expr.IfExp node) {
        return open("IfExp")
                .node("test", node.test())
                .node("body", node.body())
                .node("orelse", node.orelse())
                .close(node.span());
    }

    @Override
    public Void visitDict(Expr.Dict node) {
        return open("Dict").nodes("keys", node.keys()).nodes("values", node.values()).close(node.span());
    }

    @Override
    public Void visitSet(Expr.Set node) {
        return open("Set").nodes("elts", node.elts()).close(node.span());
    }

    @Override
    public Void visitListComp(Expr.ListComp node) {
        return open("ListComp")
                .node("elt", node.elt())
                .nodes("generators", node.generators())
                .close(node.span());
    }

    @Override
    public Void visitSetComp(Expr.SetComp node) {
        return open("SetComp")
                .node("elt", node.elt())
                .nodes("generators", node.generators())
                .close(node.span());
    }

    @Override
    public Void visitDictComp(Expr.DictComp node) {
        return open("DictComp")
                .node("key", node.key())
                .node("value", node.value())
                .nodes("generators", node.generators())
                .close(node.span());
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp node) {
        return open("GeneratorExp")
                .node("elt", node.elt())
                .nodes("generators", node.generators())
                .close(node.span());
    }

    @Override
    public Void visitAwait(Expr.Await node) {
        return open("Await").node("value", node.value()).close(node.span());
    }

    @Override
    public Void visitYield(Expr.Yield node) {
        return open("Yield").optionalNode("value", node.value()).close(node.span());
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom node) {
        return open("YieldFrom").node("value", node.value()).close(node.span());
    }

    @Override
    public Void visitCompare(Expr.Compare node) {
        return open("Compare")
                .node("left", node.left())
                .enumNodes("ops", node.ops())
                .nodes("comparators", node.comparators())
                .close(node.span());
    }

    @Override
    public Void visitCall(Expr.Call node) {
        return open("Call")
                .node("func", node.func())
                .nodes("args", node.args())
                .nodes("keywords", node.keywords())
                .close(node.span());
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue node) {
        return open("FormattedValue")
                .node("value", node.value())
                .integer("conversion", node.conversion())
                .optionalNode("format_spec", node.formatSpec())
                .close(node.span());
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr node) {
        return open("JoinedStr").nodes("values", node.values()).close(node.span());
    }

    @Override
    public Void visitConstant(Expr.Constant node) {
        return open("Constant")
                .constant("value", node.value())
                .optionalStr("kind", node.kind())
                .close(node.span());
    }

    @Override
    public Void visitAttribute(Expr.Attribute node) {
        return open("Attribute")
                .node("value", node.value())
                .str("attr", node.attr())
                .enumNode("ctx", node.ctx())
                .close(node.span());
    }

    @Override
    public Void visitSubscript(Expr.Subscript node) {
        return open("Subscript")
                .node("value", node.value())
                .node("slice", node.slice())
                .enumNode("ctx", node.ctx())
                .close(node.span());
    }

    @Override
    public Void visitStarred(Expr.Starred node) {
        return open("Starred").node("value", node.value()).enumNode("ctx", node.ctx()).close(node.span());
    }

    @Override
    public Void visitName(Expr.Name node) {
        return open("Name").str("id", node.id()).enumNode("ctx", node.ctx()).close(node.span());
    }

    @Override
    public Void visitList(Expr.List node) {
        return open("List").nodes("elts", node.elts()).enumNode("ctx", node.ctx()).close(node.span());
    }

    @Override
    public Void visitTuple(Expr.Tuple node) {
        return open("Tuple").nodes("elts", node.elts()).enumNode("ctx", node.ctx()).close(node.span());
    }

    @Override
    public Void visitSlice(Expr.Slice node) {
        return open("Slice")
                .optionalNode("lower", node.lower())
                .optionalNode("upper", node.upper())
                .optionalNode("step", node.step())
                .close(node.span());
    }

    @Override
    public Void visitMatchValue(Pattern.MatchValue node) {
        return open("MatchValue").node("value", node.value()).close(node.span());
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton node) {
        return open("MatchSingleton").constant("value", node.value()).close(node.span());
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence node) {
        return open("MatchSequence").nodes("patterns", node.patterns()).close(node.span());
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping node) {
        return open("MatchMapping")
                .nodes("keys", node.keys())
                .nodes("patterns", node.patterns())
                .optionalStr("rest", node.rest())
                .close(node.span());
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass node) {
        return open("MatchClass")
                .node("cls", node.cls())
                .nodes("patterns", node.patterns())
                .strs("kwd_attrs", node.kwdAttrs())
                .nodes("kwd_patterns", node.kwdPatterns())
                .close(node.span());
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar node) {
        return open("MatchStar").optionalStr("name", node.name()).close(node.span());
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs node) {
        return open("MatchAs")
                .optionalNode("pattern", node.pattern())
                .optionalStr("name", node.name())
                .close(node.span());
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr node) {
        return open("MatchOr").nodes("patterns", node.patterns()).close(node.span());
    }

    @Override
    public Void visitTypeVar(TypeParam.TypeVar node) {
        return open("TypeVar")
                .str("name", node.name())
                .optionalNode("bound", node.bound())
                .close(node.span());
    }

    @Override
    public Void visitParamSpec(TypeParam.ParamSpec node) {
        return open("ParamSpec").str("name", node.name()).close(node.span());
    }

    @Override
    public Void visitTypeVarTuple(TypeParam.TypeVarTuple node) {
        return open("TypeVarTuple").str("name", node.name()).close(node.span());
    }

    @Override
    public Void visitArguments(Arguments node) {
        return open("arguments")
                .nodes("posonlyargs", node.posonlyargs())
                .nodes("args", node.args())
                .optionalNode("vararg", node.vararg())
                .nodes("kwonlyargs", node.kwonlyargs())
                .nodes("kw_defaults", node.kwDefaults())
                .optionalNode("kwarg", node.kwarg())
                .nodes("defaults", node.defaults())
                .close();
    }

    @Override
    public Void visitArg(Arg node) {
        return open("arg")
                .str("arg", node.arg())
                .optionalNode("annotation", node.annotation())
                .optionalStr("type_comment", node.typeComment())
                .close(node.span());
    }

    @Override
    public Void visitKeyword(Keyword node) {
        return open("keyword").optionalStr("arg", node.arg()).node("value", node.value()).close(node.span());
    }

    @Override
    public Void visitAlias(Alias node) {
        return open("alias").str("name", node.name()).optionalStr("asname", node.asname()).close(node.span());
    }

    @Override
    public Void visitWithItem(WithItem node) {
        return open("withitem")
                .node("context_expr", node.contextExpr())
                .optionalNode("optional_vars", node.optionalVars())
                .close();
    }

    @Override
    public Void visitMatchCase(MatchCase node) {
        return open("match_case")
                .node("pattern", node.pattern())
                .optionalNode("guard", node.guard())
                .nodes("body", node.body())
                .close();
    }

    @Override
    public Void visitComprehension(Comprehension node) {
        return open("comprehension")
                .node("target", node.target())
                .node("iter", node.iter())
                .nodes("ifs", node.ifs())
                .integer("is_async", node.isAsync())
                .close();
    }

    @Override
    public Void visitExceptHandler(ExceptHandler node) {
        return open("ExceptHandler")
                .optionalNode("type", node.type())
                .optionalStr("name", node.name())
                .nodes("body", node.body())
                .close(node.span());
    }

    @Override
    public Void visitTypeIgnore(TypeIgnore node) {
        return open("TypeIgnore").integer("lineno", node.lineno()).str("tag", node.tag()).close();
    }

    @Override
    public Void visitModule(Module node) {
        return open("Module").nodes("body", node.body()).nodes("type_ignores", node.typeIgnores()).close();
    }
}
