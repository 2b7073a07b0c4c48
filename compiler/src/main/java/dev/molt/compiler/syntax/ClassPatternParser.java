package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Pattern;
import java.util.ArrayList;
import java.util.List;

/** {@code Cls(p1, p2, attr=p3)} class patterns: positional patterns, then keyword patterns. */
final class ClassPatternParser {

    private final ExpressionParser expr;
    private final PatternParser patterns;
    private final TokenStream ts;

    ClassPatternParser(ExpressionParser expr, PatternParser patterns) {
        this.expr = expr;
        this.patterns = patterns;
        this.ts = expr.ts;
    }

    Pattern classPattern(Expr cls, Token start) {
        ts.next();
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        do {
            if (ts.at(RPAR)) {
                break;
            }
            Token token = ts.peek();
            if (token.kind() == NAME && ts.peek(1).kind() == EQUAL) {
                kwdAttrs.add(ts.expectIdentifier());
                ts.next();
                kwdPatterns.add(patterns.patternForSubparsers());
            } else {
                Pattern pattern = patterns.patternForSubparsers();
                if (!kwdAttrs.isEmpty()) {
                    throw expr.errors.at(pattern.span(), "positional patterns follow keyword patterns");
                }
                positional.add(pattern);
            }
        } while (ts.accept(COMMA));
        ts.expect(RPAR);
        return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, ts.spanFrom(start));
    }
}
