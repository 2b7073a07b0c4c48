package dev.molt.compiler.syntax;

import dev.molt.compiler.ast.Module;

/**
 * The whole of CPython's {@code ast.parse(source_bytes)}: decoding, tokenizing and parsing into a
 * {@link Module}, or a {@link PythonSyntaxError} located where CPython reports it.
 *
 * <p>Parsing is recursive descent with bounded nesting (see {@link ExpressionParser#MAX_DEPTH});
 * sources nested deeply enough to exhaust a default thread stack are parsed again on a thread with
 * a large stack ({@link LargeStack}), so no input ends in a StackOverflowError.
 */
public final class Parser {

    private Parser() {
    }

    public static Module parse(byte[] source, String filename) {
        return parse(SourceText.decode(source), filename);
    }

    /** For callers that need the decoded text again afterwards (the semantic passes), decoded once. */
    public static Module parse(SourceText text, String filename) {
        return LargeStack.call(() -> parseHere(text));
    }

    private static Module parseHere(SourceText text) {
        SyntaxErrors errors = new SyntaxErrors(text);
        TokenStream tokens = new TokenStream(new Tokenizer(text), false);
        Module module;
        try {
            module = new StatementParser(tokens, errors, text).module();
        } catch (ParseFailure failure) {
            throw diagnose(text, errors, genericError(tokens, errors));
        } catch (PythonSyntaxError error) {
            throw tokens.preferLaterTokenizerError(error);
        }
        if (tokens.treeDepthBound() > AstDepthCheck.MAX_DEPTH) {
            AstDepthCheck.check(module);
        }
        return module;
    }

    /**
     * CPython's second pass: the source is parsed again with the rules for specific messages ("Perhaps
     * you forgot a comma?", ...) switched on; the first of them to match in parse order gives the
     * error. If none does, the generic error of the first pass stands.
     */
    private static PythonSyntaxError diagnose(SourceText text, SyntaxErrors errors, PythonSyntaxError generic) {
        TokenStream tokens = new TokenStream(new Tokenizer(text), true);
        try {
            new StatementParser(tokens, errors, text).module();
        } catch (PythonSyntaxError error) {
            return tokens.preferLaterTokenizerError(error);
        } catch (ParseFailure | TokenStream.DiagnosisAbandoned noSpecificMessage) {
            // no specific rule matched (or finding one would take too long): the generic error stands
        }
        if (generic.kind() == PythonSyntaxError.Kind.IndentationError) {
            // CPython reports an unexpected INDENT/DEDENT as is, without tokenizing the rest first.
            return generic;
        }
        return tokens.preferLaterTokenizerError(generic);
    }

    /**
     * CPython's fallback message: "invalid syntax" at the furthest token the parser looked at. Before
     * giving it, the tokenizer is run to the end of the line (and beyond for unclosed brackets),
     * because CPython reports tokenizer errors there first.
     */
    private static PythonSyntaxError genericError(TokenStream tokens, SyntaxErrors errors) {
        Token at = tokens.furthest();
        if (at.kind() == TokenKind.INDENT) {
            return errors.raw(PythonSyntaxError.Kind.IndentationError, "unexpected indent", at.line(),
                    errors.charOffset(at.line(), at.endCol()) - 1, at.line(), -1);
        }
        if (at.kind() == TokenKind.DEDENT) {
            return errors.raw(PythonSyntaxError.Kind.IndentationError, "unexpected unindent", at.line(),
                    errors.charOffset(at.line(), at.col()), at.line(), -1);
        }
        if (at.kind() == TokenKind.ENDMARKER) {
            return errors.at(at, "invalid syntax");
        }
        return errors.at(at, "invalid syntax");
    }
}
