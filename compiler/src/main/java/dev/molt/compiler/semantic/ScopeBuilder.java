package dev.molt.compiler.semantic;

import static dev.molt.compiler.semantic.SymbolFlags.DEF_ANNOT;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_COMP_ITER;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_GLOBAL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_IMPORT;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_LOCAL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_NONLOCAL;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_PARAM;
import static dev.molt.compiler.semantic.SymbolFlags.DEF_TYPE_PARAM;
import static dev.molt.compiler.semantic.SymbolFlags.USE;

import dev.molt.compiler.ast.Alias;
import dev.molt.compiler.ast.Arg;
import dev.molt.compiler.ast.Arguments;
import dev.molt.compiler.ast.AstScanner;
import dev.molt.compiler.ast.Comprehension;
import dev.molt.compiler.ast.ExceptHandler;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Pattern;
import dev.molt.compiler.ast.Span;
import dev.molt.compiler.ast.Stmt;
import dev.molt.compiler.ast.TypeParam;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * First pass of the symbol table (the {@code symtable_visit_*} half of CPython's symtable.c):
 * creates the scopes in CPython's order and records, per scope, how each name is used. Statements
 * and scope-creating constructs live here; the rules for walrus, yield and comprehensions in {@link ExpressionRules}.
 */
class ScopeBuilder extends AstScanner {
    private static final Span NO_SPAN = new Span(0, 0, 0, 0);

    final ErrorLocator errors;
    private final boolean futureAnnotations;
    private final List<Scope> stack = new ArrayList<>();
    private final Map<Object, Scope> scopesByNode = new IdentityHashMap<>();
    Scope current;
    private Scope top;
    private String privateName;

    ScopeBuilder(ErrorLocator errors, boolean futureAnnotations) {
        this.errors = errors;
        this.futureAnnotations = futureAnnotations;
    }

    Scope top() {
        return top;
    }

    Map<Object, Scope> scopesByNode() {
        return scopesByNode;
    }

    // ---- scopes ----

    void enterBlock(String name, ScopeType type, Object key, Span span) {
        Scope prev = current;
        boolean nested = prev != null && (prev.isNested() || prev.type().isFunctionLike());
        Scope scope = new Scope(name, type, span, nested);
        stack.add(scope);
        // bpo-37757: walrus is refused anywhere inside a comprehension's iterable, even in a nested lambda.
        if (prev != null) {
            scope.compIterExpr = prev.compIterExpr;
        }
        current = scope;
        if (type == ScopeType.ANNOTATION) {
            return;
        }
        scopesByNode.put(key, scope);
        if (type == ScopeType.MODULE) {
            top = scope;
        }
        if (prev != null) {
            prev.addChild(scope);
        }
    }

    void exitBlock() {
        stack.remove(stack.size() - 1);
        current = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    List<Scope> stack() {
        return stack;
    }

    // ---- symbol bookkeeping ----

    void addDef(String name, int flag, Span span) {
        addDefIn(current, name, flag, span);
    }

    void addDefIn(Scope scope, String name, int flag, Span span) {
        String mangled = Mangler.mangle(privateName, name);
        int val = flag;
        if (scope.contains(mangled)) {
            int old = scope.flags(mangled);
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw errors.at(span, "duplicate argument '" + name + "' in function definition");
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (old & DEF_TYPE_PARAM) != 0) {
                throw errors.at(span, "duplicate type parameter '" + name + "'");
            }
            val |= old;
        }
        if (scope.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.at(span, "comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'");
            }
            val |= DEF_COMP_ITER;
        }
        scope.putFlags(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            scope.addVarname(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // Every global declaration is mirrored into the module's own table.
            top.putFlags(mangled, flag | top.flags(mangled));
        }
    }

    int lookup(String name) {
        return current.flags(Mangler.mangle(privateName, name));
    }

    void recordDirective(String name, Span span) {
        current.addDirective(Mangler.mangle(privateName, name), span);
    }

    // ---- module and definitions ----

    @Override
    public Void visitModule(Module node) {
        enterBlock("top", ScopeType.MODULE, node, NO_SPAN);
        scan(node.body());
        exitBlock();
        return null;
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef node) {
        visitFunction(node, node.name(), node.args(), node.body(), node.decoratorList(), node.returns(),
                node.typeParams(), node.span(), false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        visitFunction(node, node.name(), node.args(), node.body(), node.decoratorList(), node.returns(),
                node.typeParams(), node.span(), true);
        return null;
    }

    private void visitFunction(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, List<TypeParam> typeParams, Span span, boolean isAsync) {
        addDef(name, DEF_LOCAL, span);
        scan(args.defaults());
        scan(args.kwDefaults());
        scan(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(name, typeParams, true, hasKwonlyDefaults(args), false, span);
            scan(typeParams);
        }
        visitAnnotations(node, span, args, returns);
        enterBlock(name, ScopeType.FUNCTION, node, span);
        if (isAsync) {
            current.coroutine = true;
        }
        scan(args);
        scan(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private static boolean hasKwonlyDefaults(Arguments args) {
        for (Expr value : args.kwDefaults()) {
            if (value != null) {
                return true;
            }
        }
        return false;
    }

    private void enterTypeParamBlock(String name, Object key, boolean hasDefaults, boolean hasKwDefaults,
            boolean isClass, Span span) {
        ScopeType enclosing = current.type();
        enterBlock(name, ScopeType.TYPE_PARAMETERS, key, span);
        if (enclosing == ScopeType.CLASS) {
            current.canSeeClassScope = true;
            addDef("__classdict__", USE, span);
        }
        if (isClass) {
            // Set when the type params tuple is built, used when the bases are.
            addDef(".type_params", DEF_LOCAL, span);
            addDef(".type_params", USE, span);
            privateName = name;
            addDef(".generic_base", DEF_LOCAL, span);
            addDef(".generic_base", USE, span);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, span);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, span);
        }
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef node) {
        addDef(node.name(), DEF_LOCAL, node.span());
        scan(node.decoratorList());
        String savedPrivate = privateName;
        boolean generic = !node.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(node.name(), node.typeParams(), false, false, true, node.span());
            privateName = node.name();
            scan(node.typeParams());
        }
        scan(node.bases());
        scan(node.keywords());
        enterBlock(node.name(), ScopeType.CLASS, node, node.span());
        privateName = node.name();
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, node.span());
            addDef(".type_params", USE, node.span());
        }
        scan(node.body());
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = savedPrivate;
        return null;
    }

    @Override
    public Void visitTypeAlias(Stmt.TypeAlias node) {
        scan(node.name());
        String name = ((Expr.Name) node.name()).id();
        boolean inClass = current.type() == ScopeType.CLASS;
        boolean generic = !node.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, node.typeParams(), false, false, false, node.span());
            scan(node.typeParams());
        }
        enterBlock(name, ScopeType.TYPE_ALIAS, node, node.span());
        current.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, node.value().span());
        }
        scan(node.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
        return null;
    }

    private void visitTypeParamName(String name, Span span) {
        addDef(name, DEF_TYPE_PARAM | DEF_LOCAL, span);
    }

    @Override
    public Void visitTypeVar(TypeParam.TypeVar node) {
        visitTypeParamName(node.name(), node.span());
        if (node.bound() != null) {
            boolean inClass = current.canSeeClassScope;
            enterBlock(node.name(), ScopeType.TYPE_VAR_BOUND, node, node.span());
            current.canSeeClassScope = inClass;
            if (inClass) {
                addDef("__classdict__", USE, node.bound().span());
            }
            scan(node.bound());
            exitBlock();
        }
        return null;
    }

    @Override
    public Void visitParamSpec(TypeParam.ParamSpec node) {
        visitTypeParamName(node.name(), node.span());
        return null;
    }

    @Override
    public Void visitTypeVarTuple(TypeParam.TypeVarTuple node) {
        visitTypeParamName(node.name(), node.span());
        return null;
    }

    // ---- parameters and annotations ----

    @Override
    public Void visitArguments(Arguments node) {
        visitParams(node.posonlyargs());
        visitParams(node.args());
        visitParams(node.kwonlyargs());
        if (node.vararg() != null) {
            addDef(node.vararg().arg(), DEF_PARAM, node.vararg().span());
            current.varargs = true;
        }
        if (node.kwarg() != null) {
            addDef(node.kwarg().arg(), DEF_PARAM, node.kwarg().span());
            current.varkeywords = true;
        }
        return null;
    }

    private void visitParams(List<Arg> params) {
        for (Arg param : params) {
            addDef(param.arg(), DEF_PARAM, param.span());
        }
    }

    private void visitAnnotations(Object key, Span span, Arguments args, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeType.ANNOTATION, key, span);
        }
        visitArgAnnotations(args.posonlyargs());
        visitArgAnnotations(args.args());
        if (args.vararg() != null) {
            scan(args.vararg().annotation());
        }
        if (args.kwarg() != null) {
            scan(args.kwarg().annotation());
        }
        visitArgAnnotations(args.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArgAnnotations(List<Arg> params) {
        for (Arg param : params) {
            scan(param.annotation());
        }
    }

    void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeType.ANNOTATION, annotation, annotation.span());
        }
        scan(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    // ---- statements ----

    // CPython visits a try's else block before its handlers, which orders the child scopes.
    @Override
    public Void visitTry(Stmt.Try node) {
        scan(node.body());
        scan(node.orelse());
        scan(node.handlers());
        scan(node.finalbody());
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar node) {
        scan(node.body());
        scan(node.orelse());
        scan(node.handlers());
        scan(node.finalbody());
        return null;
    }

    // ---- statements that bind ----

    @Override
    public Void visitReturn(Stmt.Return node) {
        if (node.value() != null) {
            scan(node.value());
            current.returnsValue = true;
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign node) {
        if (node.target() instanceof Expr.Name target) {
            int cur = lookup(target.id());
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && current != top && node.simple() != 0) {
                String kind = (cur & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw errors.at(node.span(), "annotated name '" + target.id() + "' can't be " + kind);
            }
            if (node.simple() != 0) {
                addDef(target.id(), DEF_ANNOT | DEF_LOCAL, target.span());
            } else if (node.value() != null) {
                addDef(target.id(), DEF_LOCAL, target.span());
            }
        } else {
            scan(node.target());
        }
        visitAnnotation(node.annotation());
        scan(node.value());
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global node) {
        visitDeclaration(node.names(), node.span(), DEF_GLOBAL, "global");
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal node) {
        visitDeclaration(node.names(), node.span(), DEF_NONLOCAL, "nonlocal");
        return null;
    }

    private void visitDeclaration(List<String> names, Span span, int flag, String kind) {
        for (String name : names) {
            int cur = lookup(name);
            if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String message;
                if ((cur & DEF_PARAM) != 0) {
                    message = "name '" + name + "' is parameter and " + kind;
                } else if ((cur & USE) != 0) {
                    message = "name '" + name + "' is used prior to " + kind + " declaration";
                } else if ((cur & DEF_ANNOT) != 0) {
                    message = "annotated name '" + name + "' can't be " + kind;
                } else {
                    message = "name '" + name + "' is assigned to before " + kind + " declaration";
                }
                throw errors.at(span, message);
            }
            addDef(name, flag, span);
            recordDirective(name, span);
        }
    }

    @Override
    public Void visitAlias(Alias node) {
        String name = node.asname() != null ? node.asname() : node.name();
        if (name.equals("*")) {
            if (current.type() != ScopeType.MODULE) {
                throw errors.at(node.span(), "import * only allowed at module level");
            }
            return null;
        }
        int dot = name.indexOf('.');
        addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, node.span());
        return null;
    }

    @Override
    public Void visitExceptHandler(ExceptHandler node) {
        scan(node.type());
        if (node.name() != null) {
            addDef(node.name(), DEF_LOCAL, node.span());
        }
        scan(node.body());
        return null;
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping node) {
        scan(node.keys());
        scan(node.patterns());
        if (node.rest() != null) {
            addDef(node.rest(), DEF_LOCAL, node.span());
        }
        return null;
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar node) {
        if (node.name() != null) {
            addDef(node.name(), DEF_LOCAL, node.span());
        }
        return null;
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs node) {
        scan(node.pattern());
        if (node.name() != null) {
            addDef(node.name(), DEF_LOCAL, node.span());
        }
        return null;
    }

    // ---- expressions ----

    @Override
    public Void visitName(Expr.Name node) {
        addDef(node.id(), node.ctx() == ExprContext.Load ? USE : DEF_LOCAL, node.span());
        // super() needs the implicit __class__ cell of the enclosing class.
        if (node.ctx() == ExprContext.Load && current.type().isFunctionLike() && node.id().equals("super")) {
            addDef("__class__", USE, node.span());
        }
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda node) {
        scan(node.args().defaults());
        scan(node.args().kwDefaults());
        enterBlock("lambda", ScopeType.FUNCTION, node, node.span());
        scan(node.args());
        scan(node.body());
        exitBlock();
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr node) {
        ExpressionRules.visitNamedExpr(this, node);
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield node) {
        ExpressionRules.visitYield(this, node, node.value());
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom node) {
        ExpressionRules.visitYield(this, node, node.value());
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await node) {
        ExpressionRules.raiseIfAnnotationBlock(this, "await expression", node.span());
        scan(node.value());
        current.coroutine = true;
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp node) {
        ExpressionRules.visitComprehension(this, node, "listcomp", ComprehensionKind.LIST, node.generators(),
                node.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp node) {
        ExpressionRules.visitComprehension(this, node, "setcomp", ComprehensionKind.SET, node.generators(),
                node.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp node) {
        ExpressionRules.visitComprehension(this, node, "dictcomp", ComprehensionKind.DICT, node.generators(),
                node.key(), node.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp node) {
        ExpressionRules.visitComprehension(this, node, "genexpr", ComprehensionKind.GENERATOR,
                node.generators(), node.elt(), null);
        return null;
    }

    /** A non-first {@code for} clause, visited inside the comprehension's own scope. */
    @Override
    public Void visitComprehension(Comprehension node) {
        current.compIterTarget = true;
        scan(node.target());
        current.compIterTarget = false;
        current.compIterExpr++;
        scan(node.iter());
        current.compIterExpr--;
        scan(node.ifs());
        if (node.isAsync() != 0) {
            current.coroutine = true;
        }
        return null;
    }

    void scanNode(dev.molt.compiler.ast.Node node) {
        scan(node);
    }

    void scanAll(List<? extends dev.molt.compiler.ast.Node> nodes) {
        scan(nodes);
    }
}
