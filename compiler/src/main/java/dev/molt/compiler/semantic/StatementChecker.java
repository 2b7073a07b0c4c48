package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Alias;
import dev.molt.compiler.ast.Arg;
import dev.molt.compiler.ast.Arguments;
import dev.molt.compiler.ast.ExceptHandler;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.MatchCase;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Span;
import dev.molt.compiler.ast.Stmt;
import dev.molt.compiler.ast.TypeParam;
import dev.molt.compiler.ast.WithItem;
import dev.molt.compiler.semantic.BlockStack.Type;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statement half of {@link CompileChecks}: definitions, the frame-block stack that governs
 * break/continue/return, and the other statement-level errors of CPython's code generator, in
 * the order it compiles things.
 */
final class StatementChecker extends ExpressionChecker {
    /** CPython's {@code NO_LOCATION}: reported as line -1, offset 0. */
    static final Span NO_LOCATION = new Span(-1, -1, -1, -1);

    private final FutureFeatures future;
    /**
     * Finally blocks already compiled without error, with the deepest block stack they were
     * compiled on. CPython compiles a finally block again for every exit that unwinds through it;
     * only the depth differs between those copies, so one error-free copy vouches for the
     * shallower ones (and keeps nested finally blocks from costing exponential time).
     */
    private final Map<List<Stmt>, Integer> finallyDepths = new IdentityHashMap<>();

    StatementChecker(ErrorLocator errors, SymbolTable table) {
        super(errors, table);
        this.future = table.future();
    }

    void check(Module module) {
        inUnit(UnitKind.MODULE, table.top(), () -> scan(module.body()));
    }

    private void push(Type type, Span where) {
        unit.blocks.push(type, null, where, errors);
    }

    private void pop() {
        unit.blocks.pop();
    }

    // ---- definitions ----

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef node) {
        visitFunction(node, node.name(), node.args(), node.body(), node.decoratorList(), node.returns(),
                node.typeParams(), node.span(), UnitKind.FUNCTION);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        visitFunction(node, node.name(), node.args(), node.body(), node.decoratorList(), node.returns(),
                node.typeParams(), node.span(), UnitKind.ASYNC_FUNCTION);
        return null;
    }

    private void visitFunction(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, List<TypeParam> typeParams, Span span, UnitKind kind) {
        checkParameterNames(args);
        scan(decorators);
        scanDefaults(args);
        Runnable signatureAndBody = () -> {
            scanAnnotations(args, returns);
            inUnit(kind, table.scopeOf(node), () -> scan(body));
        };
        inTypeParams(typeParams, signatureAndBody);
        storeName(name, span);
    }

    /** Runs {@code rest} inside the PEP 695 type-parameter scope when there are type parameters. */
    private void inTypeParams(List<TypeParam> typeParams, Runnable rest) {
        if (typeParams.isEmpty()) {
            rest.run();
            return;
        }
        inUnit(UnitKind.TYPE_PARAMS, table.scopeOf(typeParams), () -> {
            scan(typeParams);
            rest.run();
        });
    }

    /** Annotations are evaluated at definition time, args before positional-only ones as CPython does. */
    private void scanAnnotations(Arguments args, Expr returns) {
        if (future.annotations()) {
            return;
        }
        scanArgAnnotations(args.args());
        scanArgAnnotations(args.posonlyargs());
        if (args.vararg() != null) {
            Expr annotation = args.vararg().annotation();
            // *args: *Ts
            scan(annotation instanceof Expr.Starred starred ? starred.value() : annotation);
        }
        scanArgAnnotations(args.kwonlyargs());
        if (args.kwarg() != null) {
            scan(args.kwarg().annotation());
        }
        scan(returns);
    }

    private void scanArgAnnotations(List<Arg> params) {
        for (Arg param : params) {
            scan(param.annotation());
        }
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef node) {
        scan(node.decoratorList());
        // CPython compiles the body before the bases and keywords.
        inTypeParams(node.typeParams(), () -> {
            inUnit(UnitKind.CLASS, table.scopeOf(node), () -> scan(node.body()));
            checkKeywords(node.keywords());
            scanElements(node.bases());
            scanKeywordValues(node.keywords());
        });
        storeName(node.name(), node.span());
        return null;
    }

    @Override
    public Void visitTypeAlias(Stmt.TypeAlias node) {
        inTypeParams(node.typeParams(),
                () -> inUnit(UnitKind.TYPE_PARAMS, table.scopeOf(node), () -> scan(node.value())));
        storeName(((Expr.Name) node.name()).id(), node.span());
        return null;
    }

    @Override
    public Void visitTypeVar(TypeParam.TypeVar node) {
        if (node.bound() != null) {
            inUnit(UnitKind.TYPE_PARAMS, table.scopeOf(node), () -> scan(node.bound()));
        }
        storeName(node.name(), node.span());
        return null;
    }

    @Override
    public Void visitParamSpec(TypeParam.ParamSpec node) {
        storeName(node.name(), node.span());
        return null;
    }

    @Override
    public Void visitTypeVarTuple(TypeParam.TypeVarTuple node) {
        storeName(node.name(), node.span());
        return null;
    }

    // ---- return, break, continue ----

    @Override
    public Void visitReturn(Stmt.Return node) {
        Expr value = node.value();
        if (!unit.isFunctionLike()) {
            throw errors.at(node.span(), "'return' outside function");
        }
        if (value != null && unit.scope.isCoroutine() && unit.scope.isGenerator()) {
            throw errors.at(node.span(), "'return' with value in async generator");
        }
        boolean constant = value != null && ConstantFolder.fold(value) != null;
        scan(value);
        // CPython attributes a constant return value's line to the value itself.
        Span where = constant && value.span().lineno() == node.span().lineno() ? value.span() : node.span();
        unwind(new Span[] {where}, value != null && !constant, false);
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break node) {
        if (!unwind(new Span[] {node.span()}, false, true)) {
            throw errors.at(node.span(), "'break' outside loop");
        }
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue node) {
        if (!unwind(new Span[] {node.span()}, false, true)) {
            throw errors.at(node.span(), "'continue' not properly in loop");
        }
        return null;
    }

    /**
     * {@code compiler_unwind_fblock_stack}: leaves the blocks the jump exits, innermost first, up to
     * the nearest loop when {@code toLoop}. Exiting a finally-protected block compiles its finally
     * body; exiting a with or try-finally makes the rest of the jump location-less ({@code where[0]}).
     * Returns whether a loop was reached.
     */
    private boolean unwind(Span[] where, boolean preserveTos, boolean toLoop) {
        BlockStack blocks = unit.blocks;
        if (blocks.isEmpty()) {
            return false;
        }
        BlockStack.Block top = blocks.top();
        if (top.type() == Type.EXCEPTION_GROUP_HANDLER) {
            throw errors.at(where[0], "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (toLoop && top.type().isLoop()) {
            return true;
        }
        blocks.removeTop();
        switch (top.type()) {
            case WITH, ASYNC_WITH -> where[0] = NO_LOCATION;
            case FINALLY_TRY -> {
                if (preserveTos) {
                    push(Type.POP_VALUE, where[0]);
                }
                compileFinally(top.finalBody());
                if (preserveTos) {
                    pop();
                }
                where[0] = NO_LOCATION;
            }
            default -> {
            }
        }
        boolean found = unwind(where, preserveTos, toLoop);
        blocks.restore(top);
        return found;
    }

    private void compileFinally(List<Stmt> body) {
        int depth = unit.blocks.depth();
        Integer checked = finallyDepths.get(body);
        if (checked != null && checked >= depth) {
            return;
        }
        scan(body);
        finallyDepths.put(body, depth);
    }

    // ---- loops ----

    @Override
    public Void visitFor(Stmt.For node) {
        push(Type.FOR_LOOP, node.span());
        scan(node.iter());
        scan(node.target());
        scan(node.body());
        pop();
        scan(node.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor node) {
        if (unit.kind != UnitKind.ASYNC_FUNCTION) {
            throw errors.at(node.span(), "'async for' outside async function");
        }
        scan(node.iter());
        push(Type.FOR_LOOP, node.span());
        scan(node.target());
        scan(node.body());
        pop();
        scan(node.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While node) {
        push(Type.WHILE_LOOP, node.span());
        scan(node.test());
        scan(node.body());
        pop();
        scan(node.orelse());
        return null;
    }

    // ---- with and try ----

    @Override
    public Void visitWith(Stmt.With node) {
        visitWithItems(node.items(), 0, node.body(), node.span(), Type.WITH);
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith node) {
        visitWithItems(node.items(), 0, node.body(), node.span(), Type.ASYNC_WITH);
        return null;
    }

    /** Each item opens its own block, as if the statement were nested withs. */
    private void visitWithItems(List<WithItem> items, int index, List<Stmt> body, Span span, Type type) {
        if (type == Type.ASYNC_WITH && unit.kind != UnitKind.ASYNC_FUNCTION) {
            throw errors.at(span, "'async with' outside async function");
        }
        WithItem item = items.get(index);
        scan(item.contextExpr());
        push(type, span);
        scan(item.optionalVars());
        if (index + 1 < items.size()) {
            visitWithItems(items, index + 1, body, span, type);
        } else {
            scan(body);
        }
        pop();
    }

    @Override
    public Void visitTry(Stmt.Try node) {
        Runnable inner = node.handlers().isEmpty() ? () -> scan(node.body())
                : () -> visitTryExcept(node.body(), node.handlers(), node.orelse(), node.span());
        visitTryFinally(inner, node.finalbody(), node.span());
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar node) {
        visitTryFinally(() -> visitTryStarExcept(node), node.finalbody(), node.span());
        return null;
    }

    /** The finally body is compiled twice: for the normal exit and for the exceptional one. */
    private void visitTryFinally(Runnable inner, List<Stmt> finalBody, Span span) {
        if (finalBody.isEmpty()) {
            inner.run();
            return;
        }
        unit.blocks.push(Type.FINALLY_TRY, finalBody, span, errors);
        inner.run();
        pop();
        compileFinally(finalBody);
        push(Type.FINALLY_END, NO_LOCATION);
        compileFinally(finalBody);
        pop();
    }

    private void visitTryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, Span span) {
        push(Type.TRY_EXCEPT, span);
        scan(body);
        pop();
        scan(orelse);
        push(Type.EXCEPTION_HANDLER, span);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler handler = handlers.get(i);
            if (handler.type() == null && i < handlers.size() - 1) {
                throw errors.at(handler.span(), "default 'except:' must be last");
            }
            visitHandler(handler);
        }
        pop();
    }

    /** Unlike try/except, CPython compiles a try/except*'s else block after its handlers. */
    private void visitTryStarExcept(Stmt.TryStar node) {
        push(Type.TRY_EXCEPT, node.span());
        scan(node.body());
        pop();
        push(Type.EXCEPTION_GROUP_HANDLER, node.span());
        for (ExceptHandler handler : node.handlers()) {
            visitHandler(handler);
        }
        pop();
        scan(node.orelse());
    }

    private void visitHandler(ExceptHandler handler) {
        scan(handler.type());
        if (handler.name() != null) {
            storeName(handler.name(), handler.span());
        }
        push(Type.HANDLER_CLEANUP, handler.span());
        scan(handler.body());
        pop();
    }

    // ---- match ----

    @Override
    public Void visitMatch(Stmt.Match node) {
        scan(node.subject());
        List<MatchCase> cases = node.cases();
        int last = cases.size() - 1;
        // A trailing "case _:" with earlier cases is compiled without its pattern.
        boolean trailingWildcard = cases.size() > 1 && PatternChecker.isWildcard(cases.get(last).pattern());
        for (int i = 0; i <= last; i++) {
            MatchCase matchCase = cases.get(i);
            if (i < last || !trailingWildcard) {
                PatternChecker.check(matchCase.pattern(), matchCase.guard() != null || i == last, errors);
            }
            scan(matchCase.guard());
            scan(matchCase.body());
        }
        return null;
    }

    // ---- assignments ----

    @Override
    public Void visitAssign(Stmt.Assign node) {
        scan(node.value());
        scan(node.targets());
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign node) {
        Expr target = node.target();
        if (target instanceof Expr.Attribute attribute) {
            scan(attribute.value());
        } else if (target instanceof Expr.Subscript subscript) {
            scan(subscript.value());
            scan(subscript.slice());
        }
        scan(node.value());
        // Only a plain name is checked on the store; "x.__debug__ += 1" compiles.
        if (target instanceof Expr.Name name) {
            storeName(name.id(), name.span());
        }
        return null;
    }

    /** {@code compiler_annassign}: annotations are evaluated only in modules and classes. */
    @Override
    public Void visitAnnAssign(Stmt.AnnAssign node) {
        Expr target = node.target();
        if (node.value() != null) {
            scan(node.value());
            scan(target);
        }
        boolean evaluated = !future.annotations()
                && (unit.kind == UnitKind.MODULE || unit.kind == UnitKind.CLASS);
        if (target instanceof Expr.Name name) {
            storeName(name.id(), node.span());
            if (node.simple() != 0 && evaluated) {
                scan(node.annotation());
            }
        } else if (target instanceof Expr.Attribute attribute) {
            storeName(attribute.attr(), node.span());
            if (node.value() == null) {
                scan(attribute.value());
            }
        } else if (target instanceof Expr.Subscript subscript && node.value() == null) {
            scan(subscript.value());
            scanAnnotationSubscript(subscript.slice());
        }
        if (node.simple() == 0 && evaluated) {
            scan(node.annotation());
        }
        return null;
    }

    /** {@code check_ann_subscr}: slices and tuples are taken apart, anything else is evaluated. */
    private void scanAnnotationSubscript(Expr slice) {
        if (slice instanceof Expr.Slice range) {
            scan(range.lower());
            scan(range.upper());
            scan(range.step());
        } else if (slice instanceof Expr.Tuple tuple) {
            tuple.elts().forEach(this::scanAnnotationSubscript);
        } else {
            scan(slice);
        }
    }

    // ---- imports ----

    @Override
    public Void visitImport(Stmt.Import node) {
        for (Alias alias : node.names()) {
            String name = alias.asname();
            if (name == null) {
                int dot = alias.name().indexOf('.');
                name = dot >= 0 ? alias.name().substring(0, dot) : alias.name();
            }
            storeName(name, node.span());
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom node) {
        if ("__future__".equals(node.module()) && isAfterFutureImports(node.span())) {
            throw errors.at(node.span(), "from __future__ imports must occur at the beginning of the file");
        }
        List<Alias> names = node.names();
        if (names.get(0).name().equals("*")) {
            return null;
        }
        for (Alias alias : names) {
            storeName(alias.asname() != null ? alias.asname() : alias.name(), node.span());
        }
        return null;
    }

    /** CPython's {@code location_is_after} against the last future import at the head of the module. */
    private boolean isAfterFutureImports(Span span) {
        FutureFeatures.Span last = future.lastImport();
        int line = last == null ? -1 : last.lineno();
        int col = last == null ? -1 : last.colOffset();
        return span.lineno() > line || (span.lineno() == line && span.colOffset() > col);
    }
}
