package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Arg;
import dev.molt.compiler.ast.Arguments;
import dev.molt.compiler.ast.AstScanner;
import dev.molt.compiler.ast.Comprehension;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.Keyword;
import dev.molt.compiler.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The expression half of {@link CompileChecks}: walks expressions in the order CPython's code
 * generator compiles them (compile.c, {@code compiler_visit_expr} and friends) and raises the
 * SyntaxErrors it raises there. Tracks the code object being compiled, on which several depend.
 */
class ExpressionChecker extends AstScanner {
    /** CPython's UNPACK_EX operand holds at most 255 targets before the starred one. */
    private static final int MAX_BEFORE_STAR = 1 << 8;

    final ErrorLocator errors;
    final SymbolTable table;
    CompileUnit unit;

    ExpressionChecker(ErrorLocator errors, SymbolTable table) {
        this.errors = errors;
        this.table = table;
    }

    /** Compiles {@code body} as a new code object, with its own (empty) block stack. */
    void inUnit(UnitKind kind, Scope scope, Runnable body) {
        CompileUnit saved = unit;
        unit = new CompileUnit(kind, scope);
        body.run();
        unit = saved;
    }

    /** {@code compiler_nameop}'s guard on storing a name. */
    void storeName(String name, Span where) {
        if (name.equals("__debug__")) {
            throw errors.at(where, "cannot assign to __debug__");
        }
    }

    /** Elements of a displayed list, tuple, set or call: a starred one is unpacked, not compiled. */
    void scanElements(List<Expr> elements) {
        for (Expr element : elements) {
            scan(element instanceof Expr.Starred starred ? starred.value() : element);
        }
    }

    // ---- names and targets ----

    @Override
    public Void visitName(Expr.Name node) {
        if (node.id().equals("__debug__")) {
            if (node.ctx() == ExprContext.Store) {
                throw errors.at(node.span(), "cannot assign to __debug__");
            }
            if (node.ctx() == ExprContext.Del) {
                throw errors.at(node.span(), "cannot delete __debug__");
            }
        }
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute node) {
        scan(node.value());
        if (node.ctx() == ExprContext.Store && node.attr().equals("__debug__")) {
            throw errors.at(attributeLocation(node), "cannot assign to __debug__");
        }
        return null;
    }

    /**
     * {@code update_start_location_to_match_attr}: for an attribute on a later line than its
     * object, CPython points at the attribute name (measured in code points against byte columns).
     */
    static Span attributeLocation(Expr.Attribute node) {
        Span span = node.span();
        if (span.lineno() == span.endLineno()) {
            return span;
        }
        int length = node.attr().codePointCount(0, node.attr().length());
        int col = length <= span.endColOffset() ? span.endColOffset() - length : -1;
        int endCol = length <= span.endColOffset() ? span.endColOffset() : -1;
        return new Span(span.endLineno(), col, span.endLineno(), Math.max(col, endCol));
    }

    @Override
    public Void visitStarred(Expr.Starred node) {
        throw errors.at(node.span(), node.ctx() == ExprContext.Store
                ? "starred assignment target must be in a list or tuple"
                : "can't use starred expression here");
    }

    @Override
    public Void visitList(Expr.List node) {
        visitSequence(node.elts(), node.ctx(), node.span());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple node) {
        visitSequence(node.elts(), node.ctx(), node.span());
        return null;
    }

    private void visitSequence(List<Expr> elts, ExprContext ctx, Span span) {
        if (ctx == ExprContext.Store) {
            checkUnpacking(elts, span);
            scanElements(elts);
        } else if (ctx == ExprContext.Load) {
            scanElements(elts);
        } else {
            scan(elts);
        }
    }

    /** {@code unpack_helper}: one starred target at most, with fewer than 256 targets before it. */
    private void checkUnpacking(List<Expr> elts, Span span) {
        boolean seenStar = false;
        for (int i = 0; i < elts.size(); i++) {
            if (!(elts.get(i) instanceof Expr.Starred)) {
                continue;
            }
            if (seenStar) {
                throw errors.at(span, "multiple starred expressions in assignment");
            }
            if (i >= MAX_BEFORE_STAR) {
                throw errors.at(span, "too many expressions in star-unpacking assignment");
            }
            seenStar = true;
        }
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr node) {
        scan(node.value());
        scan(node.target());
        return null;
    }

    // ---- displays and calls ----

    @Override
    public Void visitSet(Expr.Set node) {
        scanElements(node.elts());
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict node) {
        for (int i = 0; i < node.values().size(); i++) {
            scan(node.keys().get(i));
            scan(node.values().get(i));
        }
        return null;
    }

    @Override
    public Void visitCall(Expr.Call node) {
        checkKeywords(node.keywords());
        scan(node.func());
        scanElements(node.args());
        scanKeywordValues(node.keywords());
        return null;
    }

    /** {@code validate_keywords}: no keyword may be __debug__ or repeated. */
    void checkKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg();
            if (name == null) {
                continue;
            }
            storeName(name, keywords.get(i).span());
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).arg())) {
                    throw errors.at(keywords.get(j).span(), "keyword argument repeated: " + name);
                }
            }
        }
    }

    void scanKeywordValues(List<Keyword> keywords) {
        for (Keyword keyword : keywords) {
            scan(keyword.value());
        }
    }

    // ---- yield and await ----

    @Override
    public Void visitYield(Expr.Yield node) {
        if (!unit.isFunctionLike()) {
            throw errors.at(node.span(), "'yield' outside function");
        }
        scan(node.value());
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom node) {
        if (!unit.isFunctionLike()) {
            throw errors.at(node.span(), "'yield' outside function");
        }
        if (unit.kind == UnitKind.ASYNC_FUNCTION) {
            throw errors.at(node.span(), "'yield from' inside async function");
        }
        scan(node.value());
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await node) {
        if (!unit.isFunctionLike()) {
            throw errors.at(node.span(), "'await' outside function");
        }
        if (unit.kind != UnitKind.ASYNC_FUNCTION && unit.kind != UnitKind.COMPREHENSION) {
            throw errors.at(node.span(), "'await' outside async function");
        }
        scan(node.value());
        return null;
    }

    // ---- functions ----

    @Override
    public Void visitLambda(Expr.Lambda node) {
        checkParameterNames(node.args());
        scanDefaults(node.args());
        inUnit(UnitKind.LAMBDA, table.scopeOf(node), () -> scan(node.body()));
        return null;
    }

    /** {@code compiler_check_debug_args}: no parameter may be named __debug__. */
    void checkParameterNames(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg arg : all) {
            storeName(arg.arg(), arg.span());
        }
    }

    void scanDefaults(Arguments args) {
        scan(args.defaults());
        for (Expr value : args.kwDefaults()) {
            scan(value);
        }
    }

    // ---- comprehensions ----

    @Override
    public Void visitListComp(Expr.ListComp node) {
        visitComprehension(node, node.generators(), node.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp node) {
        visitComprehension(node, node.generators(), node.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp node) {
        visitComprehension(node, node.generators(), node.key(), node.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp node) {
        visitComprehension(node, node.generators(), node.elt(), null);
        return null;
    }

    /**
     * {@code compiler_comprehension}. An inlined comprehension (PEP 709) compiles its outermost
     * iterable first, in place; any other compiles its body as a new code object and the iterable
     * after it.
     */
    private void visitComprehension(Expr node, List<Comprehension> generators, Expr elt, Expr value) {
        Scope scope = table.scopeOf(node);
        UnitKind outer = unit.kind;
        Runnable body = () -> {
            if (scope.isCoroutine() && !(node instanceof Expr.GeneratorExp)
                    && outer != UnitKind.ASYNC_FUNCTION && outer != UnitKind.COMPREHENSION) {
                throw errors.at(node.span(), "asynchronous comprehension outside of an asynchronous function");
            }
            visitGenerators(node.span(), generators, 0, elt, value);
        };
        Expr outermostIter = generators.get(0).iter();
        if (scope.isComprehensionInlined()) {
            scan(outermostIter);
            body.run();
        } else {
            inUnit(UnitKind.COMPREHENSION, scope, body);
            scan(outermostIter);
        }
    }

    private void visitGenerators(Span where, List<Comprehension> generators, int index, Expr elt, Expr value) {
        Comprehension generator = generators.get(index);
        if (index > 0) {
            scan(generator.iter());
        }
        boolean isAsync = generator.isAsync() != 0;
        if (isAsync) {
            unit.blocks.push(BlockStack.Type.ASYNC_COMPREHENSION_GENERATOR, null, where, errors);
        }
        scan(generator.target());
        scan(generator.ifs());
        if (index + 1 < generators.size()) {
            visitGenerators(where, generators, index + 1, elt, value);
        } else {
            scan(elt);
            scan(value);
        }
        if (isAsync) {
            unit.blocks.pop();
        }
    }
}
