package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.Arg;
import dev.molt.compiler.ast.Arguments;
import dev.molt.compiler.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter lists of {@code def} (inside the parentheses) and {@code lambda} (up to the colon):
 * positional-only parameters before {@code /}, keyword-only ones after {@code *}, defaults, and the
 * {@code *args} / {@code **kwargs} collectors.
 */
final class ParameterParser {

    private static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null,
            List.of());

    private final ExpressionParser expr;
    private final TokenStream ts;

    ParameterParser(ExpressionParser expr) {
        this.expr = expr;
        this.ts = expr.ts;
    }

    Arguments functionParameters() {
        return ts.at(RPAR) ? EMPTY : parameters(RPAR, true);
    }

    Arguments lambdaParameters() {
        return ts.at(COLON) ? EMPTY : parameters(COLON, false);
    }

    private Arguments parameters(TokenKind closer, boolean annotated) {
        List<Arg> posonly = List.of();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawStar = false;
        do {
            Token start = ts.peek();
            if (start.kind() == closer) {
                break;
            }
            if (kwarg != null) {
                if (ts.diagnosing() && (start.kind() == NAME || start.kind() == STAR || start.kind() == DOUBLESTAR
                        || start.kind() == SLASH)) {
                    throw expr.errors.at(start, "arguments cannot follow var-keyword argument");
                }
                break;
            }
            if (!annotated && start.kind() == LPAR && ts.diagnosing()) {
                parenthesizedLambdaParameters(start);
            }
            if (annotated && start.kind() == LPAR && ts.diagnosing() && posonly.isEmpty() && !sawStar
                    && defaults.isEmpty()) {
                parenthesizedParameters(start);
            }
            if (start.kind() == SLASH) {
                if (sawStar || !posonly.isEmpty() || args.isEmpty()) {
                    // invalid_parameters wants "a=/ ','" for its "must precede" alternative
                    if (ts.diagnosing() && (sawStar || !posonly.isEmpty() || ts.peek(1).kind() == COMMA)) {
                        throw expr.errors.at(start, sawStar ? "/ must be ahead of *"
                                : args.isEmpty() && posonly.isEmpty() ? "at least one argument must precede /"
                                : "/ may appear only once");
                    }
                    throw ParseFailure.INSTANCE;
                }
                ts.next();
                posonly = args;
                args = new ArrayList<>();
            } else if (start.kind() == STAR) {
                if (sawStar) {
                    if (ts.diagnosing()) {
                        throw expr.errors.at(start, "* argument may appear only once");
                    }
                    throw ParseFailure.INSTANCE;
                }
                ts.next();
                sawStar = true;
                if (ts.at(COMMA) || ts.at(closer)) {
                    if (ts.at(closer) || ts.peek(1).kind() == closer || ts.peek(1).kind() == DOUBLESTAR) {
                        throw expr.errors.at(start, "named arguments must follow bare *");
                    }
                } else {
                    vararg = parameter(annotated, true);
                    rejectDefault("var-positional argument cannot have default value");
                }
            } else if (start.kind() == DOUBLESTAR) {
                ts.next();
                kwarg = parameter(annotated, false);
                rejectDefault("var-keyword argument cannot have default value");
            } else {
                Arg arg = parameter(annotated, false);
                Expr value = ts.at(EQUAL) ? defaultValue() : null;
                if (sawStar) {
                    kwonly.add(arg);
                    kwDefaults.add(value);
                } else {
                    if (value != null) {
                        defaults.add(value);
                    } else if (!defaults.isEmpty()) {
                        // invalid_parameters wants a whole param_no_default: the parameter and ',' or the closer
                        if (ts.diagnosing() && (ts.at(COMMA) || ts.at(closer))) {
                            throw expr.errors.at(arg.span(), "parameter without a default follows parameter with a default");
                        }
                        throw ParseFailure.INSTANCE;
                    }
                    args.add(arg);
                }
            }
        } while (ts.accept(COMMA));
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** {@code default}: '=' and an expression; CPython's invalid_default names a missing one. */
    private Expr defaultValue() {
        Token equal = ts.next();
        if (ts.diagnosing() && (ts.at(RPAR) || ts.at(COMMA))) {
            throw expr.errors.at(equal, "expected default value expression");
        }
        return expr.expression();
    }

    /** On the error pass, a default after {@code *args} or {@code **kwargs} gets CPython's message. */
    private void rejectDefault(String msg) {
        if (ts.diagnosing() && ts.at(EQUAL)) {
            throw expr.errors.at(ts.peek(), msg);
        }
    }

    /** {@code lambda (a, b): ...}, Python 2's tuple parameters: CPython names the mistake. */
    private void parenthesizedLambdaParameters(Token open) {
        int mark = ts.mark();
        ts.next();
        while (ts.at(NAME) && !Keywords.isKeyword(ts.peek().text())) {
            ts.next();
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        if (ts.at(RPAR) && ts.mark() > mark + 1) {
            throw expr.errors.between(open, ts.peek(), "Lambda expression parameters cannot be parenthesized");
        }
        ts.reset(mark);
    }

    /**
     * invalid_parameters' {@code param_no_default* '(' param_no_default+ ','? ')'}: Python 2's tuple
     * parameters after plain ones only. Throws or leaves the cursor at the '('.
     */
    private void parenthesizedParameters(Token open) {
        int mark = ts.mark();
        int depth = expr.depth();
        ts.next();
        try {
            boolean any = false;
            while (ts.at(NAME) && !Keywords.isKeyword(ts.peek().text())) {
                parameter(true, false);
                any = true;
                if (!ts.accept(COMMA)) {
                    if (!ts.at(RPAR)) {
                        any = false;
                    }
                    break;
                }
            }
            ts.accept(COMMA);
            if (any && ts.at(RPAR)) {
                throw expr.errors.between(open, ts.peek(), "Function parameters cannot be parenthesized");
            }
        } catch (ParseFailure failure) {
            // not parenthesized parameters
        }
        ts.reset(mark);
        expr.restoreDepth(depth);
    }

    private Arg parameter(boolean annotated, boolean starAnnotation) {
        Token name = ts.peek();
        String id = ts.expectIdentifier();
        Expr annotation = null;
        if (annotated && ts.accept(COLON)) {
            annotation = starAnnotation && ts.at(STAR) ? expr.starExpression() : expr.expression();
        }
        return new Arg(id, annotation, null, ts.spanFrom(name));
    }
}
