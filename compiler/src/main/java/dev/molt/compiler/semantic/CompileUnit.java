package dev.molt.compiler.semantic;

/** One code object being compiled: its kind, its symbol-table scope and its block stack. */
final class CompileUnit {
    final UnitKind kind;
    final Scope scope;
    final BlockStack blocks = new BlockStack();

    CompileUnit(UnitKind kind, Scope scope) {
        this.kind = kind;
        this.scope = scope;
    }

    boolean isFunctionLike() {
        return scope.type().isFunctionLike();
    }
}
