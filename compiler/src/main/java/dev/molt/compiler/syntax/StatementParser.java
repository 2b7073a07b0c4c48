package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.Alias;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Operator;
import dev.molt.compiler.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements: the module, statement dispatch, blocks, and the simple statements of a logical line.
 * Compound statements are parsed by {@link CompoundStatementParser}; assignment-family errors are
 * explained by {@link AssignmentErrors}.
 */
final class StatementParser {

    final TokenStream ts;
    final ExpressionParser expr;
    final SyntaxErrors errors;
    private final CompoundStatementParser compound;
    private final AssignmentErrors assignmentErrors;

    StatementParser(TokenStream ts, SyntaxErrors errors, SourceText source) {
        this.ts = ts;
        this.errors = errors;
        this.expr = new ExpressionParser(ts, errors, source);
        this.compound = new CompoundStatementParser(this);
        this.assignmentErrors = new AssignmentErrors(expr);
    }

    Module module() {
        List<Stmt> body = new ArrayList<>();
        while (!ts.at(ENDMARKER)) {
            statement(body);
        }
        return new Module(body, List.of());
    }

    /** One statement (a compound statement, or a line of simple statements) appended to {@code out}. */
    void statement(List<Stmt> out) {
        Token token = ts.peek();
        if (token.kind() == NAME || token.kind() == AT) {
            Stmt stmt = compound.compoundStatement(token);
            if (stmt != null) {
                out.add(stmt);
                return;
            }
        } else if (token.kind() == INDENT) {
            // "unexpected indent": the generic error at the furthest token, this INDENT
            throw ParseFailure.INSTANCE;
        }
        simpleStatements(out);
    }

    /** {@code block}: an indented suite after NEWLINE, or simple statements on the same line. */
    List<Stmt> block(String construct, Token keyword) {
        if (!ts.accept(NEWLINE)) {
            List<Stmt> body = new ArrayList<>(1);
            simpleStatements(body);
            return body;
        }
        Token indent = ts.peek();
        if (indent.kind() != INDENT) {
            throw errors.at(PythonSyntaxError.Kind.IndentationError, indent, "expected an indented block after "
                    + construct + " on line " + keyword.line());
        }
        ts.next();
        List<Stmt> body = new ArrayList<>();
        while (!ts.accept(DEDENT)) {
            if (ts.at(ENDMARKER)) {
                throw ParseFailure.INSTANCE;
            }
            statement(body);
        }
        return body;
    }

    /** Expects the ':' that opens a block; CPython names the problem when the line just ends. */
    void expectColon() {
        if (ts.at(COLON)) {
            ts.next();
            return;
        }
        if (ts.at(NEWLINE)) {
            throw errors.at(ts.peek(), "expected ':'");
        }
        throw ParseFailure.INSTANCE;
    }

    void simpleStatements(List<Stmt> out) {
        do {
            if (ts.at(NEWLINE) && !out.isEmpty()) {
                break;
            }
            out.add(simpleStatement());
        } while (ts.accept(SEMI));
        ts.expect(NEWLINE);
    }

    private Stmt simpleStatement() {
        Token start = ts.peek();
        if (start.kind() != NAME) {
            return expressionStatement(start);
        }
        switch (start.text()) {
            case "pass":
                ts.next();
                return new Stmt.Pass(TokenStream.spanOf(start));
            case "break":
                ts.next();
                return new Stmt.Break(TokenStream.spanOf(start));
            case "continue":
                ts.next();
                return new Stmt.Continue(TokenStream.spanOf(start));
            case "return":
                ts.next();
                Expr value = ExpressionParser.startsExpression(ts.peek()) ? expr.starExpressions() : null;
                return new Stmt.Return(value, ts.spanFrom(start));
            case "import":
                return importName(start);
            case "from":
                return importFrom(start);
            case "raise":
                return raise(start);
            case "global", "nonlocal":
                return nameList(start);
            case "del":
                ts.next();
                return deleteStatement(start);
            case "assert":
                ts.next();
                Expr test = expr.expression();
                Expr msg = ts.accept(COMMA) ? expr.expression() : null;
                return new Stmt.Assert(test, msg, ts.spanFrom(start));
            case "type":
                if (ts.peek(1).kind() == NAME && (ts.peek(2).kind() == EQUAL || ts.peek(2).kind() == LSQB)) {
                    return compound.typeAlias(start);
                }
                return expressionStatement(start);
            default:
                return expressionStatement(start);
        }
    }

    // ---- expression statements and assignments ----------------------------------------------------

    private Stmt expressionStatement(Token start) {
        int startMark = ts.mark();
        Expr first = expr.yieldOrStarExpressions();
        Token next = ts.peek();
        switch (next.kind()) {
            case NEWLINE, SEMI:
                return new Stmt.Expr(first, ts.spanFrom(start));
            case EQUAL:
                return assignment(startMark, first);
            case COLON:
                return annotatedAssignment(start, first);
            default:
                break;
        }
        Operator op = augmentedOperator(next.kind());
        if (op != null) {
            ts.next();
            Expr target = TargetRules.withContext(first, ExprContext.Store);
            if (target == null || first instanceof Expr.Tuple || first instanceof Expr.List
                    || first instanceof Expr.Starred) {
                throw errors.at(first.span(), "'" + TargetRules.describe(first)
                        + "' is an illegal expression for augmented assignment");
            }
            Expr value = expr.yieldOrStarExpressions();
            return new Stmt.AugAssign(target, op, value, ts.spanFrom(start));
        }
        assignmentErrors.checkLegacyPrint(first);
        return new Stmt.Expr(first, ts.spanFrom(start));
    }

    private Stmt assignment(int startMark, Expr first) {
        Token start = ts.tokenAt(startMark);
        List<Expr> chain = new ArrayList<>(3);
        chain.add(first);
        while (ts.accept(EQUAL)) {
            chain.add(expr.yieldOrStarExpressions());
        }
        List<Expr> targets = new ArrayList<>(chain.size() - 1);
        for (int i = 0; i < chain.size() - 1; i++) {
            Expr target = TargetRules.withContext(chain.get(i), ExprContext.Store);
            if (target == null) {
                throw assignmentErrors.invalidAssignment(startMark, chain, i);
            }
            targets.add(target);
        }
        return new Stmt.Assign(targets, chain.get(chain.size() - 1), null, ts.spanFrom(start));
    }

    private Stmt annotatedAssignment(Token start, Expr first) {
        if (first instanceof Expr.Tuple || first instanceof Expr.List) {
            Expr blamed = AssignmentErrors.isBareTuple(first) ? ((Expr.Tuple) first).elts().get(0) : first;
            throw invalidAnnotationTarget(blamed, "only single target (not "
                    + (first instanceof Expr.Tuple ? "tuple" : "list") + ") can be annotated");
        }
        if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
            boolean bare = first.span().lineno() == start.line() && first.span().colOffset() == start.col();
            if (first instanceof Expr.Starred || bare && (first instanceof Expr.Yield || first instanceof Expr.YieldFrom)) {
                throw ParseFailure.INSTANCE; // not an 'expression', so no rule names it
            }
            throw invalidAnnotationTarget(first, "illegal target for annotation");
        }
        ts.next();
        Expr target = TargetRules.withContext(first, ExprContext.Store);
        Expr annotation = expr.expression();
        Expr value = ts.accept(EQUAL) ? expr.yieldOrStarExpressions() : null;
        int simple = first instanceof Expr.Name && start.kind() != LPAR ? 1 : 0;
        return new Stmt.AnnAssign(target, annotation, value, simple, ts.spanFrom(start));
    }

    /**
     * CPython's invalid_assignment rules name a bad annotation target only when an annotation
     * expression follows the ':'; otherwise the generic error stands.
     */
    private PythonSyntaxError invalidAnnotationTarget(Expr blamed, String msg) {
        if (!ts.diagnosing()) {
            throw ParseFailure.INSTANCE;
        }
        ts.next();
        expr.expression();
        return errors.at(blamed.span(), msg);
    }

    private static Operator augmentedOperator(TokenKind kind) {
        return switch (kind) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    // ---- keyword statements -------------------------------------------------------------------

    private Stmt raise(Token start) {
        ts.next();
        Expr exc = null;
        Expr cause = null;
        if (ExpressionParser.startsExpression(ts.peek()) && !ts.at(STAR)) {
            exc = expr.expression();
            if (ts.acceptKeyword("from")) {
                cause = expr.expression();
            }
        }
        return new Stmt.Raise(exc, cause, ts.spanFrom(start));
    }

    private Stmt nameList(Token start) {
        ts.next();
        List<String> names = new ArrayList<>();
        do {
            names.add(ts.expectIdentifier());
        } while (ts.accept(COMMA));
        return start.text().equals("global") ? new Stmt.Global(names, ts.spanFrom(start))
                : new Stmt.Nonlocal(names, ts.spanFrom(start));
    }

    private Stmt importName(Token start) {
        ts.next();
        List<Alias> names = new ArrayList<>();
        do {
            Token nameStart = ts.peek();
            String name = dottedName();
            String asname = ts.acceptKeyword("as") ? ts.expectIdentifier() : null;
            names.add(new Alias(name, asname, ts.spanFrom(nameStart)));
        } while (ts.accept(COMMA));
        return new Stmt.Import(names, ts.spanFrom(start));
    }

    private String dottedName() {
        String name = ts.expectIdentifier();
        if (!ts.at(DOT)) {
            return name;
        }
        StringBuilder dotted = new StringBuilder(name);
        while (ts.accept(DOT)) {
            dotted.append('.').append(ts.expectIdentifier());
        }
        return dotted.toString();
    }

    /**
     * {@code del} targets; on the error pass, CPython's invalid_del_stmt names the first part of the
     * whole expression list that cannot be deleted.
     */
    private Stmt deleteStatement(Token start) {
        int mark = ts.mark();
        int depth = expr.depth();
        try {
            List<Expr> targets = expr.targets.delTargets();
            if (ts.at(NEWLINE) || ts.at(SEMI) || !ts.diagnosing()) {
                return new Stmt.Delete(targets, ts.spanFrom(start));
            }
        } catch (ParseFailure failure) {
            if (!ts.diagnosing()) {
                throw failure;
            }
        }
        ts.reset(mark);
        expr.restoreDepth(depth);
        Expr all = expr.starExpressions();
        Expr culprit = TargetRules.invalidPart(all, ExprContext.Del);
        if (culprit == null) {
            throw ParseFailure.INSTANCE;
        }
        throw errors.at(culprit.span(), "cannot delete " + TargetRules.describe(culprit));
    }

    /** CPython's invalid_import_from_targets: {@code from m import a, b,} ending the line. */
    private boolean atTrailingComma(boolean parenthesized) {
        if (!parenthesized && ts.diagnosing() && ts.at(NEWLINE)) {
            throw errors.at(ts.peek(), "trailing comma not allowed without surrounding parentheses");
        }
        return false;
    }

    private Stmt importFrom(Token start) {
        ts.next();
        int level = 0;
        while (true) {
            if (ts.accept(DOT)) {
                level++;
            } else if (ts.accept(ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        String module = level == 0 || !ts.atKeyword("import") ? dottedName() : null;
        ts.expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        Token star = ts.peek();
        if (ts.accept(STAR)) {
            names.add(new Alias("*", null, TokenStream.spanOf(star)));
        } else {
            boolean parenthesized = ts.accept(LPAR);
            do {
                if (parenthesized && ts.at(RPAR) && !names.isEmpty()) {
                    break;
                }
                Token nameStart = ts.peek();
                String name = ts.expectIdentifier();
                String asname = ts.acceptKeyword("as") ? ts.expectIdentifier() : null;
                names.add(new Alias(name, asname, ts.spanFrom(nameStart)));
            } while (ts.accept(COMMA) && !atTrailingComma(parenthesized));
            if (parenthesized) {
                ts.expect(RPAR);
            }
        }
        return new Stmt.ImportFrom(module, names, level, ts.spanFrom(start));
    }
}
