package dev.molt.compiler.lower;

import dev.molt.compiler.ast.Arguments;
import dev.molt.compiler.ast.AstScanner;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Span;
import dev.molt.compiler.ast.Stmt;
import dev.molt.compiler.ir.IrFunction;
import dev.molt.compiler.ir.IrModule;
import dev.molt.compiler.ir.SourceSpan;
import dev.molt.compiler.semantic.Scope;
import dev.molt.compiler.semantic.Symbol;
import dev.molt.compiler.semantic.SymbolTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AST → IR for a whole module: the module body becomes the first function, each top-level {@code def}
 * one more. Throws {@link UnsupportedConstruct} at the first construct outside the supported subset.
 */
public final class ModuleLowering {
    /** The IR name of the module body. */
    public static final String MODULE_BODY = "<module>";

    private final String file;
    private final SymbolTable table;
    private final Set<String> globals = new LinkedHashSet<>();

    private ModuleLowering(String file, SymbolTable table) {
        this.file = file;
        this.table = table;
    }

    public static IrModule lower(Module module, SymbolTable table, String file) {
        return new ModuleLowering(file, table).module(module);
    }

    private IrModule module(Module module) {
        Map<Stmt.FunctionDef, List<String>> defs = new LinkedHashMap<>();
        Map<String, Integer> functions = new LinkedHashMap<>();
        for (Stmt stmt : module.body()) {
            if (stmt instanceof Stmt.FunctionDef def) {
                List<String> parameters = parameters(def);
                if (functions.put(def.name(), parameters.size()) != null) {
                    throw new UnsupportedConstruct(span(def.span()), "redefinition of function '" + def.name() + "'");
                }
                defs.put(def, parameters);
            }
        }
        Set<String> assigned = assignedGlobals(module);
        for (Stmt.FunctionDef def : defs.keySet()) {
            if (assigned.contains(def.name())) {
                throw new UnsupportedConstruct(span(def.span()), "function '" + def.name() + "' rebound by assignment");
            }
        }
        ModuleNames names = new ModuleNames(functions, assigned);
        List<IrFunction> lowered = new ArrayList<>();
        SourceSpan start = new SourceSpan(file, 1, 1);
        FunctionLowering body = new FunctionLowering(this, names, null, identitySet(defs.keySet()),
                new dev.molt.compiler.ir.FunctionBuilder(MODULE_BODY, List.of(), true, start));
        lowered.add(body.lower(module.body()));
        for (Map.Entry<Stmt.FunctionDef, List<String>> def : defs.entrySet()) {
            Scope scope = table.scopeOf(def.getKey());
            FunctionLowering f = new FunctionLowering(this, names, scope, Set.of(),
                    new dev.molt.compiler.ir.FunctionBuilder(def.getKey().name(), def.getValue(), false,
                            span(def.getKey().span())));
            lowered.add(f.lower(def.getKey().body()));
        }
        return new IrModule(file, new ArrayList<>(globals), lowered);
    }

    private List<String> parameters(Stmt.FunctionDef def) {
        Arguments a = def.args();
        SourceSpan where = span(def.span());
        if (a.vararg() != null || a.kwarg() != null || !a.kwonlyargs().isEmpty()) {
            throw new UnsupportedConstruct(where, "*args, **kwargs or keyword-only parameters");
        }
        if (!a.defaults().isEmpty()) {
            throw new UnsupportedConstruct(where, "parameter defaults");
        }
        if (!def.decoratorList().isEmpty()) {
            throw new UnsupportedConstruct(where, "decorators");
        }
        if (!def.typeParams().isEmpty()) {
            throw new UnsupportedConstruct(where, "type parameters");
        }
        List<String> names = new ArrayList<>();
        a.posonlyargs().forEach(p -> names.add(p.arg()));
        a.args().forEach(p -> names.add(p.arg()));
        return names;
    }

    /** Names bound by module-level assignments, and by functions that declare them global. */
    private Set<String> assignedGlobals(Module module) {
        Set<String> assigned = new HashSet<>();
        AstScanner scanner = new AstScanner() {
            @Override
            public Void visitFunctionDef(Stmt.FunctionDef node) {
                return null;
            }

            @Override
            public Void visitName(Expr.Name node) {
                if (node.ctx() != ExprContext.Load) {
                    assigned.add(node.id());
                }
                return null;
            }
        };
        for (Stmt stmt : module.body()) {
            stmt.accept(scanner);
        }
        for (Scope child : table.top().children()) {
            for (Symbol symbol : child.symbols()) {
                if (symbol.isDeclaredGlobal() && symbol.isAssigned()) {
                    assigned.add(symbol.name());
                }
            }
        }
        return assigned;
    }

    private static Set<Stmt.FunctionDef> identitySet(Set<Stmt.FunctionDef> defs) {
        Set<Stmt.FunctionDef> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(defs);
        return set;
    }

    SourceSpan span(Span span) {
        return new SourceSpan(file, span.lineno(), span.colOffset() + 1);
    }

    void useGlobal(String name) {
        globals.add(name);
    }
}
