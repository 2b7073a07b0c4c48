package dev.molt.compiler.syntax;

import dev.molt.compiler.ast.AstScanner;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Node;
import dev.molt.compiler.ast.Pattern;
import dev.molt.compiler.ast.Stmt;

/**
 * CPython refuses trees nested deeper than its AST conversion can recurse ("maximum recursion depth
 * exceeded during ast construction", a RecursionError there). Chains such as {@code x+x+...+x} are
 * parsed by loops, so only this walk notices them; it also protects every later recursive pass.
 */
final class AstDepthCheck extends AstScanner {

    /** ast2obj's limit (C recursion limit 1500, scaled by 2) less the depth at which it starts. */
    static final int MAX_DEPTH = 2996;

    private int depth;
    private Node deepest;

    static void check(Module module) {
        AstDepthCheck check = new AstDepthCheck();
        try {
            check.scan(module);
        } catch (TooDeep e) {
            int line = lineOf(check.deepest);
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError,
                    "maximum recursion depth exceeded during ast construction", line, 0, line, 0, null);
        }
    }

    @Override
    protected void scan(Node node) {
        if (node == null) {
            return;
        }
        if (++depth > MAX_DEPTH) {
            deepest = node;
            throw TooDeep.INSTANCE;
        }
        node.accept(this);
        depth--;
    }

    private static int lineOf(Node node) {
        if (node instanceof Expr e) {
            return e.span().lineno();
        }
        if (node instanceof Stmt s) {
            return s.span().lineno();
        }
        if (node instanceof Pattern p) {
            return p.span().lineno();
        }
        return 0;
    }

    private static final class TooDeep extends RuntimeException {
        static final TooDeep INSTANCE = new TooDeep();

        private TooDeep() {
            super(null, null, false, false);
        }
    }
}
