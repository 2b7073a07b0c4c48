package dev.molt.compiler.lower;

import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Stmt;
import dev.molt.compiler.ir.FunctionBuilder;
import dev.molt.compiler.ir.Insn;
import dev.molt.compiler.ir.IrFunction;
import dev.molt.compiler.ir.SourceSpan;
import dev.molt.compiler.ir.Terminator;
import dev.molt.compiler.ir.Type;
import dev.molt.compiler.ir.Value;
import dev.molt.compiler.semantic.Scope;
import dev.molt.compiler.semantic.Symbol;
import dev.molt.compiler.semantic.SymbolScope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Lowers the statements of one function (or of the module body) into its CFG. */
final class FunctionLowering {
    private record Loop(int breakTarget, int continueTarget) {
    }

    private final ModuleLowering module;
    private final ModuleNames names;
    /** Null for the module body, where every name is global. */
    private final Scope scope;
    private final Set<Stmt.FunctionDef> topLevelDefs;
    private final FunctionBuilder builder;
    private final ExpressionLowering expressions;
    private final Deque<Loop> loops = new ArrayDeque<>();
    private int temporaries;

    FunctionLowering(ModuleLowering module, ModuleNames names, Scope scope, Set<Stmt.FunctionDef> topLevelDefs,
                     FunctionBuilder builder) {
        this.module = module;
        this.names = names;
        this.scope = scope;
        this.topLevelDefs = topLevelDefs;
        this.builder = builder;
        this.expressions = new ExpressionLowering(this, builder, names);
        if (scope != null) {
            for (Symbol symbol : scope.symbols()) {
                if (symbol.scope() == SymbolScope.LOCAL) {
                    builder.declareLocal(symbol.name());
                }
            }
        }
    }

    IrFunction lower(List<Stmt> body) {
        statements(body);
        SourceSpan end = builder.isTerminated() ? null : lastSpan(body);
        if (end != null) {
            Value none = builder.append(new Insn.ConstSingleton(builder.newValue(Type.OBJ), Insn.Singleton.NONE, end));
            builder.terminate(new Terminator.Return(none, end));
        }
        return builder.finish(null);
    }

    private SourceSpan lastSpan(List<Stmt> body) {
        return body.isEmpty() ? module.span(new dev.molt.compiler.ast.Span(1, 0, 1, 0)) : span(body.get(body.size() - 1));
    }

    private void statements(List<Stmt> body) {
        for (Stmt stmt : body) {
            builder.ensureOpen(span(stmt));
            statement(stmt);
        }
    }

    private void statement(Stmt stmt) {
        SourceSpan where = span(stmt);
        if (stmt instanceof Stmt.Expr e) {
            expressions.lower(e.value());
        } else if (stmt instanceof Stmt.Assign a) {
            Value value = expressions.lower(a.value());
            for (Expr target : a.targets()) {
                store(target, value);
            }
        } else if (stmt instanceof Stmt.AugAssign a) {
            Expr.Name target = nameTarget(a.target());
            Value current = load(target.id(), where);
            Value right = expressions.lower(a.value());
            store(target, expressions.binary(a.op(), current, right, where));
        } else if (stmt instanceof Stmt.AnnAssign a && a.value() != null && a.simple() == 1 && scope != null) {
            store(a.target(), expressions.lower(a.value()));
        } else if (stmt instanceof Stmt.If s) {
            ifStatement(s, where);
        } else if (stmt instanceof Stmt.While w) {
            whileStatement(w, where);
        } else if (stmt instanceof Stmt.Break) {
            builder.terminate(new Terminator.Jump(loops.peek().breakTarget(), where));
        } else if (stmt instanceof Stmt.Continue) {
            builder.terminate(new Terminator.Jump(loops.peek().continueTarget(), where));
        } else if (stmt instanceof Stmt.Return r) {
            Value value = r.value() == null
                    ? builder.append(new Insn.ConstSingleton(builder.newValue(Type.OBJ), Insn.Singleton.NONE, where))
                    : expressions.lower(r.value());
            builder.terminate(new Terminator.Return(value, where));
        } else if (stmt instanceof Stmt.Pass || stmt instanceof Stmt.Global) {
            return;
        } else if (stmt instanceof Stmt.FunctionDef def && topLevelDefs.contains(def)) {
            // The function is called directly; the name is bound so that a call before the def is a NameError.
            Value marker = builder.append(new Insn.ConstSingleton(builder.newValue(Type.OBJ), Insn.Singleton.NONE, where));
            storeGlobal(def.name(), marker, where);
        } else {
            throw new UnsupportedConstruct(where, AstNames.describe(stmt));
        }
    }

    private void ifStatement(Stmt.If s, SourceSpan where) {
        Value test = expressions.truth(expressions.lower(s.test()), where);
        int then = builder.newBlock();
        int otherwise = builder.newBlock();
        int end = s.orelse().isEmpty() ? otherwise : builder.newBlock();
        builder.terminate(new Terminator.Branch(test, then, otherwise, where));
        builder.startBlock(then, where);
        statements(s.body());
        if (!builder.isTerminated()) {
            builder.terminate(new Terminator.Jump(end, where));
        }
        if (!s.orelse().isEmpty()) {
            builder.startBlock(otherwise, where);
            statements(s.orelse());
        }
        builder.startBlock(end, where);
    }

    private void whileStatement(Stmt.While w, SourceSpan where) {
        int head = builder.newBlock();
        int body = builder.newBlock();
        int orElse = builder.newBlock();
        int end = w.orelse().isEmpty() ? orElse : builder.newBlock();
        builder.startBlock(head, where);
        Value test = expressions.truth(expressions.lower(w.test()), where);
        builder.terminate(new Terminator.Branch(test, body, orElse, where));
        builder.startBlock(body, where);
        loops.push(new Loop(end, head));
        statements(w.body());
        loops.pop();
        if (!builder.isTerminated()) {
            builder.terminate(new Terminator.Jump(head, where));
        }
        if (!w.orelse().isEmpty()) {
            builder.startBlock(orElse, where);
            statements(w.orelse());
        }
        builder.startBlock(end, where);
    }

    private Expr.Name nameTarget(Expr target) {
        if (target instanceof Expr.Name n) {
            return n;
        }
        throw new UnsupportedConstruct(span(target), "assignment to " + AstNames.describe(target));
    }

    private void store(Expr target, Value value) {
        Expr.Name name = nameTarget(target);
        SourceSpan where = span(name);
        if (isLocal(name.id(), where)) {
            builder.append(new Insn.StoreLocal(name.id(), value, where));
        } else {
            storeGlobal(name.id(), value, where);
        }
    }

    private void storeGlobal(String name, Value value, SourceSpan where) {
        module.useGlobal(name);
        builder.append(new Insn.StoreGlobal(name, value, where));
    }

    /** Reads a variable that is not a function or builtin name. */
    Value load(String name, SourceSpan where) {
        if (isLocal(name, where)) {
            return builder.append(new Insn.LoadLocal(builder.newValue(Type.OBJ), name, where));
        }
        if (name.equals("__name__") && !names.assignedGlobals().contains(name)) {
            return builder.append(new Insn.ConstStr(builder.newValue(Type.OBJ), "__main__", where));
        }
        if (names.isFunction(name)) {
            throw new UnsupportedConstruct(where, "function '" + name + "' used as a value");
        }
        if (names.isMissingBuiltin(name) || name.equals("print") && names.isPrint(name)) {
            throw new UnsupportedConstruct(where, "builtin '" + name + "'");
        }
        return loadGlobal(name, where);
    }

    Value loadGlobal(String name, SourceSpan where) {
        module.useGlobal(name);
        return builder.append(new Insn.LoadGlobal(builder.newValue(Type.OBJ), name, where));
    }

    boolean isLocal(String name, SourceSpan where) {
        if (scope == null) {
            return false;
        }
        Symbol symbol = scope.lookup(name);
        if (symbol == null) {
            return false;
        }
        if (symbol.isFree() || symbol.isCell()) {
            throw new UnsupportedConstruct(where, "closure variable '" + name + "'");
        }
        return symbol.scope() == SymbolScope.LOCAL;
    }

    /** A fresh hidden local slot (for values that merge control flow: and/or, chained comparisons). */
    String temporary() {
        String name = ".t" + temporaries++;
        builder.declareLocal(name);
        return name;
    }

    SourceSpan span(Stmt node) {
        return module.span(node.span());
    }

    SourceSpan span(Expr node) {
        return module.span(node.span());
    }
}
