package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.MatchCase;
import dev.molt.compiler.ast.Operator;
import dev.molt.compiler.ast.Pattern;
import dev.molt.compiler.ast.Stmt;
import dev.molt.compiler.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/** The match statement and its patterns (PEP 634). */
final class PatternParser {

    private final ExpressionParser expr;
    private final StatementParser statements;
    private final TokenStream ts;

    PatternParser(ExpressionParser expr, StatementParser statements) {
        this.expr = expr;
        this.statements = statements;
        this.ts = expr.ts;
    }

    /**
     * A match statement if the soft keyword {@code match} starts one ({@code match subject:} and a
     * NEWLINE); otherwise null with the cursor unmoved, and the line is parsed as simple statements.
     */
    Stmt matchStatement(Token start) {
        if (!ExpressionParser.startsExpression(ts.peek(1))) {
            return null;
        }
        int mark = ts.mark();
        int depth = expr.depth();
        Expr subject;
        try {
            ts.next();
            subject = subject();
            if (ts.diagnosing() && ts.at(NEWLINE)) {
                // CPython's invalid_match_stmt: a subject and the end of the line
                throw statements.errors.at(ts.peek(), "expected ':'");
            }
            ts.expect(COLON);
            if (!ts.at(NEWLINE)) {
                throw ParseFailure.INSTANCE;
            }
        } catch (ParseFailure failure) {
            ts.reset(mark);
            expr.restoreDepth(depth);
            return null;
        }
        ts.next();
        Token indent = ts.peek();
        if (indent.kind() != INDENT) {
            throw statements.errors.range(PythonSyntaxError.Kind.IndentationError,
                    "expected an indented block after 'match' statement on line " + start.line(), indent.line(),
                    indent.col(), indent.endLine(), indent.endCol());
        }
        ts.next();
        List<MatchCase> cases = new ArrayList<>();
        do {
            cases.add(caseBlock());
        } while (!ts.accept(DEDENT));
        return new Stmt.Match(subject, cases, ts.spanFrom(start));
    }

    private Expr subject() {
        Token start = ts.peek();
        Expr first = expr.starNamedExpression();
        if (!ts.at(COMMA)) {
            if (first instanceof Expr.Starred) {
                throw ParseFailure.INSTANCE;
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && ExpressionParser.startsExpression(ts.peek())) {
            elts.add(expr.starNamedExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, ts.spanFrom(start));
    }

    private MatchCase caseBlock() {
        Token keyword = ts.peek();
        if (!keyword.isName("case")) {
            throw ParseFailure.INSTANCE;
        }
        ts.next();
        Pattern pattern = patterns();
        Expr guard = ts.acceptKeyword("if") ? expr.namedExpression() : null;
        statements.expectColon();
        List<Stmt> body = statements.block("'case' statement", keyword);
        return new MatchCase(pattern, guard, body);
    }

    /** {@code patterns}: an open sequence pattern ({@code case a, b:}) or a single pattern. */
    private Pattern patterns() {
        Token start = ts.peek();
        Pattern first = maybeStarPattern();
        if (!ts.at(COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                throw ParseFailure.INSTANCE;
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ts.accept(COMMA) && !ts.at(COLON) && !ts.atKeyword("if")) {
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, ts.spanFrom(start));
    }

    private Pattern maybeStarPattern() {
        Token start = ts.peek();
        if (ts.accept(STAR)) {
            String name = captureName();
            return new Pattern.MatchStar(name, ts.spanFrom(start));
        }
        return pattern();
    }

    /** A name that binds, or null for the wildcard {@code _}. */
    private String captureName() {
        String name = ts.expectIdentifier();
        return name.equals("_") ? null : name;
    }

    /** {@code pattern}: an or-pattern, optionally bound with {@code as NAME}. */
    private Pattern pattern() {
        Token start = ts.peek();
        Pattern or = orPattern();
        if (!ts.acceptKeyword("as")) {
            return or;
        }
        Token nameToken = ts.peek();
        String name = ts.expectIdentifier();
        if (name.equals("_")) {
            throw statements.errors.at(nameToken, "cannot use '_' as a target");
        }
        return new Pattern.MatchAs(or, name, ts.spanFrom(start));
    }

    private Pattern orPattern() {
        Token start = ts.peek();
        Pattern first = closedPattern();
        if (!ts.at(VBAR)) {
            return first;
        }
        List<Pattern> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (ts.accept(VBAR)) {
            alternatives.add(closedPattern());
        }
        return new Pattern.MatchOr(alternatives, ts.spanFrom(start));
    }

    private Pattern closedPattern() {
        Token start = ts.peek();
        switch (start.kind()) {
            case NAME:
                return namePattern(start);
            case NUMBER, MINUS:
                return new Pattern.MatchValue(signedNumberOrComplex(), ts.spanFrom(start));
            case STRING, FSTRING_START:
                return new Pattern.MatchValue(expr.atoms.strings.strings(), ts.spanFrom(start));
            case LPAR:
                return groupOrSequence(start);
            case LSQB:
                return listSequence(start);
            case LBRACE:
                return new MappingPatternParser(expr, this).mapping(start);
            default:
                throw ParseFailure.INSTANCE;
        }
    }

    private Pattern namePattern(Token start) {
        switch (start.text()) {
            case "None":
                ts.next();
                return new Pattern.MatchSingleton(new ConstantValue.None(), TokenStream.spanOf(start));
            case "True", "False":
                ts.next();
                return new Pattern.MatchSingleton(new ConstantValue.Bool(start.text().equals("True")),
                        TokenStream.spanOf(start));
            default:
                break;
        }
        Expr nameOrAttr = nameOrAttribute();
        if (ts.at(LPAR)) {
            return new ClassPatternParser(expr, this).classPattern(nameOrAttr, start);
        }
        if (nameOrAttr instanceof Expr.Name name) {
            String id = name.id().equals("_") ? null : name.id();
            return new Pattern.MatchAs(null, id, name.span());
        }
        return new Pattern.MatchValue(nameOrAttr, nameOrAttr.span());
    }

    /** {@code name_or_attr}: a NAME or a dotted name, as Name/Attribute loads. */
    Expr nameOrAttribute() {
        Token start = ts.peek();
        String id = ts.expectIdentifier();
        Expr value = new Expr.Name(id, ExprContext.Load, TokenStream.spanOf(start));
        while (ts.accept(DOT)) {
            String attr = ts.expectIdentifier();
            value = new Expr.Attribute(value, attr, ExprContext.Load, ts.spanFrom(start));
        }
        return value;
    }

    /** {@code signed_number}, or {@code signed_real_number ('+'|'-') imaginary_number}. */
    Expr signedNumberOrComplex() {
        Token start = ts.peek();
        Expr real = signedNumber();
        TokenKind kind = ts.peekKind();
        if (kind != PLUS && kind != MINUS) {
            return real;
        }
        ts.next();
        Token imaginary = ts.expect(NUMBER);
        ConstantValue value = NumberLiteral.parse(imaginary.text());
        if (!(value instanceof ConstantValue.Imaginary)) {
            throw statements.errors.at(TokenStream.spanOf(imaginary), "imaginary number required in complex literal");
        }
        if (real instanceof Expr.Constant constant && constant.value() instanceof ConstantValue.Imaginary
                || real instanceof Expr.UnaryOp unary
                        && ((Expr.Constant) unary.operand()).value() instanceof ConstantValue.Imaginary) {
            throw statements.errors.at(real.span(), "real number required in complex literal");
        }
        Expr right = new Expr.Constant(value, null, TokenStream.spanOf(imaginary));
        return new Expr.BinOp(real, kind == PLUS ? Operator.Add : Operator.Sub, right, ts.spanFrom(start));
    }

    private Expr signedNumber() {
        Token start = ts.peek();
        boolean negative = ts.accept(MINUS);
        Token number = ts.expect(NUMBER);
        Expr value = new Expr.Constant(NumberLiteral.parse(number.text()), null, TokenStream.spanOf(number));
        return negative ? new Expr.UnaryOp(UnaryOperator.USub, value, ts.spanFrom(start)) : value;
    }

    private Pattern groupOrSequence(Token open) {
        ts.next();
        if (ts.accept(RPAR)) {
            return new Pattern.MatchSequence(List.of(), ts.spanFrom(open));
        }
        Pattern first = maybeStarPattern();
        if (ts.accept(RPAR)) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(List.of(first), ts.spanFrom(open));
            }
            return first;
        }
        List<Pattern> items = sequenceAfter(first, RPAR);
        return new Pattern.MatchSequence(items, ts.spanFrom(open));
    }

    private Pattern listSequence(Token open) {
        ts.next();
        if (ts.accept(RSQB)) {
            return new Pattern.MatchSequence(List.of(), ts.spanFrom(open));
        }
        List<Pattern> items = sequenceAfter(maybeStarPattern(), RSQB);
        return new Pattern.MatchSequence(items, ts.spanFrom(open));
    }

    private List<Pattern> sequenceAfter(Pattern first, TokenKind close) {
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ts.accept(COMMA) && !ts.at(close)) {
            items.add(maybeStarPattern());
        }
        ts.expect(close);
        return items;
    }

    Pattern patternForSubparsers() {
        return pattern();
    }
}
