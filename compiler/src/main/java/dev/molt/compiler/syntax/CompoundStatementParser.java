package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.Arguments;
import dev.molt.compiler.ast.ExceptHandler;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.Keyword;
import dev.molt.compiler.ast.Stmt;
import dev.molt.compiler.ast.TypeParam;
import dev.molt.compiler.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/** Compound statements: if, while, for, with, try, def, class, decorators, match, and type aliases. */
final class CompoundStatementParser {

    private final StatementParser statements;
    private final TokenStream ts;
    private final ExpressionParser expr;
    private final PatternParser patterns;

    CompoundStatementParser(StatementParser statements) {
        this.statements = statements;
        this.ts = statements.ts;
        this.expr = statements.expr;
        this.patterns = new PatternParser(expr, statements);
    }

    /** The compound statement starting at {@code token}, or null if this is a simple statement. */
    Stmt compoundStatement(Token token) {
        if (token.kind() == AT) {
            return decorated();
        }
        switch (token.text()) {
            case "if":
                return ifStatement(token, "'if' statement");
            case "while":
                return whileStatement(token);
            case "for":
                return forStatement(token, token, false);
            case "with":
                return withStatement(token, token, false);
            case "try":
                return tryStatement(token);
            case "def":
                return functionDef(token, token, false, List.of());
            case "class":
                return classDef(token, List.of());
            case "async":
                return asyncStatement(token, List.of());
            case "match":
                return patterns.matchStatement(token);
            default:
                return null;
        }
    }

    private Stmt asyncStatement(Token start, List<Expr> decorators) {
        Token keyword = ts.peek(1);
        if (keyword.kind() != NAME) {
            throw ParseFailure.INSTANCE;
        }
        switch (keyword.text()) {
            case "def":
                ts.next();
                return functionDef(start, keyword, true, decorators);
            case "for":
                ts.next();
                return forStatement(start, keyword, true);
            case "with":
                ts.next();
                return withStatement(start, keyword, true);
            default:
                throw ParseFailure.INSTANCE;
        }
    }

    private Stmt ifStatement(Token start, String construct) {
        ts.next();
        Expr test = expr.namedExpression();
        statements.expectColon();
        List<Stmt> body = statements.block(construct, start);
        List<Stmt> orelse = List.of();
        Token next = ts.peek();
        if (next.isName("elif")) {
            // the grammar's elif_stmt recurses once per elif, on CPython's parser stack too
            expr.enter(1);
            ts.enterElif();
            orelse = List.of(ifStatement(next, "'elif' statement"));
            ts.exitElif();
            expr.leave(1);
        } else if (next.isName("else")) {
            orelse = elseBlock();
        }
        return new Stmt.If(test, body, orelse, ts.spanFrom(start));
    }

    private List<Stmt> elseBlock() {
        Token keyword = ts.next();
        forcedColon();
        return statements.block("'else' statement", keyword);
    }

    /** CPython's {@code &&':'}: anything but a colon is reported as "expected ':'" right here. */
    private void forcedColon() {
        if (!ts.at(COLON)) {
            throw statements.errors.at(ts.peek(), "expected ':'");
        }
        ts.next();
    }

    private Stmt whileStatement(Token start) {
        ts.next();
        Expr test = expr.namedExpression();
        statements.expectColon();
        List<Stmt> body = statements.block("'while' statement", start);
        List<Stmt> orelse = ts.atKeyword("else") ? elseBlock() : List.of();
        return new Stmt.While(test, body, orelse, ts.spanFrom(start));
    }

    private Stmt forStatement(Token start, Token keyword, boolean isAsync) {
        ts.next();
        Expr target = expr.targets.forTargets();
        Expr iter = expr.starExpressions();
        statements.expectColon();
        List<Stmt> body = statements.block("'for' statement", keyword);
        List<Stmt> orelse = ts.atKeyword("else") ? elseBlock() : List.of();
        return isAsync ? new Stmt.AsyncFor(target, iter, body, orelse, null, ts.spanFrom(start))
                : new Stmt.For(target, iter, body, orelse, null, ts.spanFrom(start));
    }

    // ---- with ---------------------------------------------------------------------------------

    private Stmt withStatement(Token start, Token keyword, boolean isAsync) {
        ts.next();
        List<WithItem> items = ts.at(LPAR) ? parenthesizedWithItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (ts.accept(COMMA));
        }
        statements.expectColon();
        List<Stmt> body = statements.block("'with' statement", keyword);
        return isAsync ? new Stmt.AsyncWith(items, body, null, ts.spanFrom(start))
                : new Stmt.With(items, body, null, ts.spanFrom(start));
    }

    /** {@code with (a as b, c):}; null (cursor unmoved) when the parentheses belong to an expression. */
    private List<WithItem> parenthesizedWithItems() {
        int mark = ts.mark();
        int depth = expr.depth();
        try {
            ts.next();
            List<WithItem> items = new ArrayList<>();
            do {
                if (ts.at(RPAR) && !items.isEmpty()) {
                    break;
                }
                items.add(withItem());
            } while (ts.accept(COMMA));
            ts.expect(RPAR);
            if (!ts.at(COLON)) {
                throw ParseFailure.INSTANCE;
            }
            return items;
        } catch (ParseFailure failure) {
            ts.reset(mark);
            expr.restoreDepth(depth);
            return null;
        }
    }

    private WithItem withItem() {
        Expr context = expr.expression();
        if (!ts.atKeyword("as")) {
            return new WithItem(context, null);
        }
        ts.next();
        Expr target = expr.targets.starTarget();
        TokenKind next = ts.peekKind();
        boolean missingColon = ts.diagnosing() && next == NEWLINE;
        if (next != COMMA && next != RPAR && next != COLON && !missingColon) {
            throw ParseFailure.INSTANCE;
        }
        return new WithItem(context, target);
    }

    // ---- try ----------------------------------------------------------------------------------

    private Stmt tryStatement(Token start) {
        ts.next();
        forcedColon();
        List<Stmt> body = statements.block("'try' statement", start);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        while (ts.atKeyword("except")) {
            Token keyword = ts.next();
            boolean thisStar = ts.accept(STAR);
            if (!handlers.isEmpty() && thisStar != star) {
                throw statements.errors.at(keyword, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = thisStar;
            handlers.add(exceptHandler(keyword, star));
        }
        List<Stmt> orelse = !handlers.isEmpty() && ts.atKeyword("else") ? elseBlock() : List.of();
        List<Stmt> finalbody = List.of();
        if (ts.atKeyword("finally")) {
            Token keyword = ts.next();
            forcedColon();
            finalbody = statements.block("'finally' statement", keyword);
        } else if (handlers.isEmpty()) {
            throw statements.errors.at(ts.peek(), "expected 'except' or 'finally' block");
        }
        return star ? new Stmt.TryStar(body, handlers, orelse, finalbody, ts.spanFrom(start))
                : new Stmt.Try(body, handlers, orelse, finalbody, ts.spanFrom(start));
    }

    private ExceptHandler exceptHandler(Token keyword, boolean star) {
        Expr type = null;
        String name = null;
        if (star && (ts.at(COLON) || ts.at(NEWLINE))) {
            throw statements.errors.at(ts.peek(), "expected one or more exception types");
        }
        if (!ts.at(COLON) || star) {
            type = expr.expression();
            if (ts.accept(COMMA)) {
                Expr rest = expr.starExpressions();
                throw statements.errors.between(type.span(), rest.span(),
                        "multiple exception types must be parenthesized");
            }
            if (ts.acceptKeyword("as")) {
                name = ts.expectIdentifier();
            }
        }
        statements.expectColon();
        List<Stmt> body = statements.block(star ? "'except*' statement" : "'except' statement", keyword);
        return new ExceptHandler(type, name, body, ts.spanFrom(keyword));
    }

    // ---- definitions --------------------------------------------------------------------------

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (ts.accept(AT)) {
            decorators.add(expr.namedExpression());
            ts.expect(NEWLINE);
        }
        Token start = ts.peek();
        if (start.isName("def")) {
            return functionDef(start, start, false, decorators);
        }
        if (start.isName("class")) {
            return classDef(start, decorators);
        }
        if (start.isName("async")) {
            return asyncStatement(start, decorators);
        }
        throw ParseFailure.INSTANCE;
    }

    private Stmt functionDef(Token start, Token keyword, boolean isAsync, List<Expr> decorators) {
        ts.next();
        String name = ts.expectIdentifier();
        List<TypeParam> typeParams = optionalTypeParams();
        if (!ts.at(LPAR)) {
            throw statements.errors.at(ts.peek(), "expected '('");
        }
        ts.next();
        Arguments args = expr.parameters.functionParameters();
        ts.expect(RPAR);
        Expr returns = ts.at(RARROW) ? returnAnnotation() : null;
        forcedColon();
        List<Stmt> body = statements.block("function definition", keyword);
        return isAsync
                ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, typeParams, ts.spanFrom(start))
                : new Stmt.FunctionDef(name, args, body, decorators, returns, null, typeParams, ts.spanFrom(start));
    }

    /**
     * {@code ['->' expression] &&':'}: when the annotation does not parse, CPython keeps what of it
     * does (or drops the optional group) and the forced colon reports the first token after that.
     */
    private Expr returnAnnotation() {
        int arrow = ts.mark();
        ts.next();
        if (!ts.diagnosing()) {
            return expr.expression();
        }
        // CPython's first pass raises the forced colon's error before any error rule inside runs
        int start = ts.mark();
        int depth = expr.depth();
        boolean was = ts.setDiagnosing(false);
        try {
            expr.expression();
            ts.setDiagnosing(was);
            ts.reset(start);
            return expr.expression();
        } catch (ParseFailure failure) {
            ts.reset(start);
            expr.restoreDepth(depth);
        } finally {
            ts.setDiagnosing(was);
        }
        int end = expr.errorRules.expressionPrefixEnd();
        throw statements.errors.at(ts.tokenAt(end == start ? arrow : end), "expected ':'");
    }

    private Stmt classDef(Token start, List<Expr> decorators) {
        ts.next();
        String name = ts.expectIdentifier();
        List<TypeParam> typeParams = ts.at(LSQB) ? typeParams() : List.of();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Token open = ts.peek();
        if (ts.accept(LPAR)) {
            Expr genexp = ts.at(RPAR) ? null : expr.trailers.arguments(open, bases, keywords, false);
            if (genexp != null) {
                bases = List.of(genexp);
            } else {
                ts.expect(RPAR);
            }
        }
        statements.expectColon();
        List<Stmt> body = statements.block("class definition", start);
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, typeParams, ts.spanFrom(start));
    }

    /**
     * A function's {@code [type_params]}: when the brackets do not parse, the grammar skips them and
     * its {@code &&'('} reports "expected '('" at the '['.
     */
    private List<TypeParam> optionalTypeParams() {
        if (!ts.at(LSQB)) {
            return List.of();
        }
        int mark = ts.mark();
        int depth = expr.depth();
        try {
            return typeParams();
        } catch (ParseFailure failure) {
            ts.reset(mark);
            expr.restoreDepth(depth);
            return List.of();
        }
    }

    /** {@code [T: bound, *Ts, **P]} after a def, class or type alias name. */
    List<TypeParam> typeParams() {
        ts.next();
        List<TypeParam> params = new ArrayList<>();
        do {
            if (ts.at(RSQB) && !params.isEmpty()) {
                break;
            }
            Token start = ts.peek();
            if (ts.accept(STAR)) {
                params.add(new TypeParam.TypeVarTuple(ts.expectIdentifier(), ts.spanFrom(start)));
            } else if (ts.accept(DOUBLESTAR)) {
                params.add(new TypeParam.ParamSpec(ts.expectIdentifier(), ts.spanFrom(start)));
            } else {
                String name = ts.expectIdentifier();
                Expr bound = ts.accept(COLON) ? expr.expression() : null;
                params.add(new TypeParam.TypeVar(name, bound, ts.spanFrom(start)));
            }
        } while (ts.accept(COMMA));
        ts.expect(RSQB);
        return params;
    }

    /** {@code type X[T] = value}; the cursor is on the soft keyword {@code type}. */
    Stmt typeAlias(Token start) {
        ts.next();
        Token nameToken = ts.peek();
        String id = ts.expectIdentifier();
        Expr name = new Expr.Name(id, ExprContext.Store, TokenStream.spanOf(nameToken));
        List<TypeParam> typeParams = ts.at(LSQB) ? typeParams() : List.of();
        ts.expect(EQUAL);
        Expr value = expr.expression();
        return new Stmt.TypeAlias(name, typeParams, value, ts.spanFrom(start));
    }
}
