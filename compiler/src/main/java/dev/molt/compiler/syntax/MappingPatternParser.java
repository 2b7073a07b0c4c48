package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Pattern;
import java.util.ArrayList;
import java.util.List;

/** {@code {key: pattern, ..., **rest}} mapping patterns. */
final class MappingPatternParser {

    private final ExpressionParser expr;
    private final PatternParser patterns;
    private final TokenStream ts;

    MappingPatternParser(ExpressionParser expr, PatternParser patterns) {
        this.expr = expr;
        this.patterns = patterns;
        this.ts = expr.ts;
    }

    Pattern mapping(Token open) {
        ts.next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        do {
            if (ts.at(RBRACE)) {
                break;
            }
            if (ts.accept(DOUBLESTAR)) {
                rest = ts.expectIdentifier();
                ts.accept(COMMA);
                break;
            }
            keys.add(key());
            ts.expect(COLON);
            values.add(patterns.patternForSubparsers());
        } while (ts.accept(COMMA));
        ts.expect(RBRACE);
        return new Pattern.MatchMapping(keys, values, rest, ts.spanFrom(open));
    }

    /** A mapping key: a literal (number, complex, string, None/True/False) or a dotted value. */
    private Expr key() {
        Token start = ts.peek();
        switch (start.kind()) {
            case NUMBER, MINUS:
                return patterns.signedNumberOrComplex();
            case STRING, FSTRING_START:
                return expr.atoms.strings.strings();
            case NAME:
                ConstantValue singleton = switch (start.text()) {
                    case "None" -> new ConstantValue.None();
                    case "True" -> new ConstantValue.Bool(true);
                    case "False" -> new ConstantValue.Bool(false);
                    default -> null;
                };
                if (singleton != null) {
                    ts.next();
                    return new Expr.Constant(singleton, null, TokenStream.spanOf(start));
                }
                Expr value = patterns.nameOrAttribute();
                if (value instanceof Expr.Name) {
                    throw ParseFailure.INSTANCE;
                }
                return value;
            default:
                throw ParseFailure.INSTANCE;
        }
    }
}
