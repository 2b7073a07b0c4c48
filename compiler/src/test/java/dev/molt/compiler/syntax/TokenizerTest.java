package dev.molt.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token streams and errors, expected values taken from CPython 3.12.1 ({@code tokenize}, {@code ast.parse}). */
class TokenizerTest {

    /** "KIND text line,col-line,col" for every token up to and including ENDMARKER. */
    static List<String> tokens(String source) {
        return tokens(source.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> tokens(byte[] source) {
        Tokenizer tok = new Tokenizer(SourceText.decode(source));
        List<String> out = new ArrayList<>();
        for (;;) {
            Token t = tok.next();
            out.add(t.kind() + " " + t.text() + " " + t.line() + "," + t.col() + "-" + t.endLine() + "," + t.endCol());
            if (t.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    /** "Kind: msg @ lineno,offset-endLineno,endOffset" of the error tokenizing the source. */
    static String error(String source) {
        return error(source.getBytes(StandardCharsets.UTF_8));
    }

    static String error(byte[] source) {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> {
            Tokenizer tok = new Tokenizer(SourceText.decode(source));
            while (tok.next().kind() != TokenKind.ENDMARKER) {
                // drain
            }
        });
        return e.kind() + ": " + e.msg() + " @ " + e.lineno() + "," + e.offset() + "-" + e.endLineno() + ","
                + e.endOffset();
    }

    /** As {@link #error(String)}, for the whole parse. */
    static String parseError(String source) {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                () -> Parser.parse(source.getBytes(StandardCharsets.UTF_8), "<test>"));
        return e.kind() + ": " + e.msg() + " @ " + e.lineno() + "," + e.offset() + "-" + e.endLineno() + ","
                + e.endOffset();
    }

    private static void assertTokens(String source, String... expected) {
        assertEquals(List.of(expected), tokens(source));
    }

    @Test
    void blocksIndentsAndBrackets() {
        assertTokens("if x:\n    y = f(a, b=1)  # c\n\n    z = [1,\n         2]\nelse:\n\tpass\n",
                "NAME if 1,0-1,2", "NAME x 1,3-1,4", "COLON : 1,4-1,5", "NEWLINE \n 1,5-1,6",
                "INDENT  2,4-2,4", "NAME y 2,4-2,5", "EQUAL = 2,6-2,7", "NAME f 2,8-2,9", "LPAR ( 2,9-2,10",
                "NAME a 2,10-2,11", "COMMA , 2,11-2,12", "NAME b 2,13-2,14", "EQUAL = 2,14-2,15",
                "NUMBER 1 2,15-2,16", "RPAR ) 2,16-2,17", "NEWLINE # c\n 2,19-2,23",
                "NAME z 4,4-4,5", "EQUAL = 4,6-4,7", "LSQB [ 4,8-4,9", "NUMBER 1 4,9-4,10", "COMMA , 4,10-4,11",
                "NUMBER 2 5,9-5,10", "RSQB ] 5,10-5,11", "NEWLINE \n 5,11-5,12",
                "DEDENT  6,0-6,0", "NAME else 6,0-6,4", "COLON : 6,4-6,5", "NEWLINE \n 6,5-6,6",
                "INDENT  7,1-7,1", "NAME pass 7,1-7,5", "NEWLINE \n 7,5-7,6",
                "DEDENT  7,6-7,6", "ENDMARKER  7,6-7,6");
    }

    @Test
    void missingFinalNewlineIsAddedLikeCPython() {
        assertTokens("x", "NAME x 1,0-1,1", "NEWLINE  1,1-1,2", "ENDMARKER  1,2-1,2");
        assertTokens("", "ENDMARKER  1,0-1,0");
        assertTokens("# only a comment", "ENDMARKER  1,17-1,17");
    }

    @Test
    void crlfAndLoneCrEndLines() {
        assertTokens("a\r\nb\rc", "NAME a 1,0-1,1", "NEWLINE \n 1,1-1,2", "NAME b 2,0-2,1", "NEWLINE \n 2,1-2,2",
                "NAME c 3,0-3,1", "NEWLINE  3,1-3,2", "ENDMARKER  3,2-3,2");
    }

    @Test
    void stringPrefixesAndTripleQuotes() {
        assertTokens("x = rb'a' + Rb\"\"\"q\nw\"\"\" + u'x' + b'y'\n",
                "NAME x 1,0-1,1", "EQUAL = 1,2-1,3", "STRING rb'a' 1,4-1,9", "PLUS + 1,10-1,11",
                "STRING Rb\"\"\"q\nw\"\"\" 1,12-2,4", "PLUS + 2,5-2,6", "STRING u'x' 2,7-2,11",
                "PLUS + 2,12-2,13", "STRING b'y' 2,14-2,18", "NEWLINE \n 2,18-2,19", "ENDMARKER  2,19-2,19");
        assertTokens("'a\\\nb' ''\n", "STRING 'a\\\nb' 1,0-2,2", "STRING '' 2,3-2,5", "NEWLINE \n 2,5-2,6",
                "ENDMARKER  2,6-2,6");
        // ur is not a prefix: a name followed by a string
        assertTokens("ur'x'", "NAME ur 1,0-1,2", "STRING 'x' 1,2-1,5", "NEWLINE  1,5-1,6", "ENDMARKER  1,6-1,6");
    }

    @Test
    void columnsAreUtf8Bytes() {
        assertTokens("é = 'ü' + 1\n", "NAME é 1,0-1,2", "EQUAL = 1,3-1,4", "STRING 'ü' 1,5-1,9",
                "PLUS + 1,10-1,11", "NUMBER 1 1,12-1,13", "NEWLINE \n 1,13-1,14", "ENDMARKER  1,14-1,14");
        assertTokens("x = '\uD83D\uDE00'\n", "NAME x 1,0-1,1", "EQUAL = 1,2-1,3", "STRING '\uD83D\uDE00' 1,4-1,10",
                "NEWLINE \n 1,10-1,11", "ENDMARKER  1,11-1,11");
    }

    @Test
    void operatorsLongestMatch() {
        List<String> kinds = tokens("a **= b //= c >>= d <<= e -> f := g != h ... . @= x <> y ! z\n").stream()
                .map(t -> t.substring(0, t.indexOf(' '))).toList();
        assertEquals(List.of("NAME", "DOUBLESTAREQUAL", "NAME", "DOUBLESLASHEQUAL", "NAME", "RIGHTSHIFTEQUAL", "NAME",
                "LEFTSHIFTEQUAL", "NAME", "RARROW", "NAME", "COLONEQUAL", "NAME", "NOTEQUAL", "NAME", "ELLIPSIS",
                "DOT", "ATEQUAL", "NAME", "NOTEQUAL", "NAME", "EXCLAMATION", "NAME", "NEWLINE", "ENDMARKER"), kinds);
    }

    @Test
    void numbers() {
        List<String> texts = tokens("1 1.5 .5 1e10 1E+5 1_000 0x_fF 0o17 0b1_0 1j 1.5J 1e-3j 0 00 1. 0_0 01.5 09j\n")
                .stream().filter(t -> t.startsWith("NUMBER")).map(t -> t.split(" ")[1]).toList();
        assertEquals(List.of("1", "1.5", ".5", "1e10", "1E+5", "1_000", "0x_fF", "0o17", "0b1_0", "1j", "1.5J",
                "1e-3j", "0", "00", "1.", "0_0", "01.5", "09j"), texts);
        // a number directly followed by a keyword CPython only warns about
        assertTokens("1if x else 2", "NUMBER 1 1,0-1,1", "NAME if 1,1-1,3", "NAME x 1,4-1,5", "NAME else 1,6-1,10",
                "NUMBER 2 1,11-1,12", "NEWLINE  1,12-1,13", "ENDMARKER  1,13-1,13");
    }

    @Test
    void numberErrors() {
        String leading = "SyntaxError: leading zeros in decimal integer literals are not permitted; "
                + "use an 0o prefix for octal integers";
        assertEquals(leading + " @ 1,1-1,2", error("0777\n"));
        assertEquals(leading + " @ 1,1-1,2", error("09\n"));
        assertEquals(leading + " @ 1,6-1,7", error("é = 0777\n"));
        assertEquals("SyntaxError: invalid digit '2' in binary literal @ 1,4-1,4", error("0b12\n"));
        assertEquals("SyntaxError: invalid digit '8' in octal literal @ 1,3-1,3", error("0o8\n"));
        assertEquals("SyntaxError: invalid hexadecimal literal @ 1,2-1,2", error("0x\n"));
        assertEquals("SyntaxError: invalid hexadecimal literal @ 1,2-1,2", error("0xg\n"));
        assertEquals("SyntaxError: invalid octal literal @ 1,2-1,2", error("0o\n"));
        assertEquals("SyntaxError: invalid binary literal @ 1,2-1,2", error("0b\n"));
        assertEquals("SyntaxError: invalid decimal literal @ 1,2-1,2", error("1_\n"));
        assertEquals("SyntaxError: invalid decimal literal @ 1,2-1,2", error("1__0\n"));
        assertEquals("SyntaxError: invalid decimal literal @ 1,1-1,1", error("1e\n"));
        assertEquals("SyntaxError: invalid decimal literal @ 1,4-1,4", error("1.e+\n"));
        assertEquals("SyntaxError: invalid decimal literal @ 1,1-1,1", error("1x\n"));
        assertEquals("SyntaxError: invalid imaginary literal @ 1,2-1,2", error("1jx\n"));
    }

    @Test
    void fstrings() {
        assertTokens("x = f'a{b!r:>{w}}c{{d}}' + f''\n",
                "NAME x 1,0-1,1", "EQUAL = 1,2-1,3", "FSTRING_START f' 1,4-1,6", "FSTRING_MIDDLE a 1,6-1,7",
                "LBRACE { 1,7-1,8", "NAME b 1,8-1,9", "EXCLAMATION ! 1,9-1,10", "NAME r 1,10-1,11",
                "COLON : 1,11-1,12", "FSTRING_MIDDLE > 1,12-1,13", "LBRACE { 1,13-1,14", "NAME w 1,14-1,15",
                "RBRACE } 1,15-1,16", "FSTRING_MIDDLE  1,16-1,16", "RBRACE } 1,16-1,17",
                "FSTRING_MIDDLE c{{ 1,17-1,20", "FSTRING_MIDDLE d}} 1,20-1,23", "FSTRING_END ' 1,23-1,24",
                "PLUS + 1,25-1,26", "FSTRING_START f' 1,27-1,29", "FSTRING_END ' 1,29-1,30",
                "NEWLINE \n 1,30-1,31", "ENDMARKER  1,31-1,31");
    }

    @Test
    void fstringFormatSpecsNestingAndEscapes() {
        assertTokens("f'{x:{{}}>10}'", "FSTRING_START f' 1,0-1,2", "LBRACE { 1,2-1,3", "NAME x 1,3-1,4",
                "COLON : 1,4-1,5", "FSTRING_MIDDLE  1,5-1,5", "LBRACE { 1,5-1,6", "LBRACE { 1,6-1,7",
                "RBRACE } 1,7-1,8", "RBRACE } 1,8-1,9", "FSTRING_MIDDLE >10 1,9-1,12", "RBRACE } 1,12-1,13",
                "FSTRING_END ' 1,13-1,14", "NEWLINE  1,14-1,15", "ENDMARKER  1,15-1,15");
        assertTokens("f'\\N{BULLET} {x}'", "FSTRING_START f' 1,0-1,2", "FSTRING_MIDDLE \\N{BULLET} 1,2-1,12",
                "FSTRING_MIDDLE   1,12-1,13", "LBRACE { 1,13-1,14", "NAME x 1,14-1,15", "RBRACE } 1,15-1,16",
                "FSTRING_END ' 1,16-1,17", "NEWLINE  1,17-1,18", "ENDMARKER  1,18-1,18");
        assertTokens("rf'''a\\{x}\n{y:\n}'''", "FSTRING_START rf''' 1,0-1,5", "FSTRING_MIDDLE a\\ 1,5-1,7",
                "LBRACE { 1,7-1,8", "NAME x 1,8-1,9", "RBRACE } 1,9-1,10", "FSTRING_MIDDLE \n 1,10-2,0",
                "LBRACE { 2,0-2,1", "NAME y 2,1-2,2", "COLON : 2,2-2,3", "FSTRING_MIDDLE \n 2,3-3,0",
                "RBRACE } 3,0-3,1", "FSTRING_END ''' 3,1-3,4", "NEWLINE  3,4-3,5", "ENDMARKER  3,5-3,5");
        assertTokens("f'{f\"{x}\"}'", "FSTRING_START f' 1,0-1,2", "LBRACE { 1,2-1,3", "FSTRING_START f\" 1,3-1,5",
                "LBRACE { 1,5-1,6", "NAME x 1,6-1,7", "RBRACE } 1,7-1,8", "FSTRING_END \" 1,8-1,9",
                "RBRACE } 1,9-1,10", "FSTRING_END ' 1,10-1,11", "NEWLINE  1,11-1,12", "ENDMARKER  1,12-1,12");
        // same quote reused inside a replacement field (PEP 701), and ':' inside brackets is no format spec
        List<String> kinds = tokens("f'{d['k'][1:2]=}'").stream().map(t -> t.substring(0, t.indexOf(' '))).toList();
        assertEquals(List.of("FSTRING_START", "LBRACE", "NAME", "LSQB", "STRING", "RSQB", "LSQB", "NUMBER", "COLON",
                "NUMBER", "RSQB", "EQUAL", "RBRACE", "FSTRING_END", "NEWLINE", "ENDMARKER"), kinds);
        // ':=' at the top of a field starts a format spec "=1"
        assertTokens("f'{x:=1}'", "FSTRING_START f' 1,0-1,2", "LBRACE { 1,2-1,3", "NAME x 1,3-1,4", "COLON : 1,4-1,5",
                "FSTRING_MIDDLE =1 1,5-1,7", "RBRACE } 1,7-1,8", "FSTRING_END ' 1,8-1,9", "NEWLINE  1,9-1,10",
                "ENDMARKER  1,10-1,10");
    }

    @Test
    void fstringErrors() {
        assertEquals("SyntaxError: f-string: expecting '}' @ 1,4-1,4", error("f'{'\n"));
        assertEquals("SyntaxError: f-string: expecting '}' @ 1,5-1,5", error("f'{1'\n"));
        assertEquals("SyntaxError: f-string: expecting '}' @ 1,6-1,6", error("f'{x!r'\n"));
        assertEquals("SyntaxError: f-string: expecting '}' @ 3,1-3,1", error("f'''\n{\n'''\n"));
        assertEquals("SyntaxError: f-string: expecting '}' @ 1,11-1,11", error("f'{x}' f'{'\n"));
        assertEquals("SyntaxError: f-string: single '}' is not allowed @ 1,3-1,3", error("f'}'\n"));
        assertEquals("SyntaxError: f-string: single '}' is not allowed @ 1,6-1,6", error("f'{x}}'\n"));
        assertEquals("SyntaxError: f-string: single '}' is not allowed @ 1,9-1,9", error("f'{x!r:}}'\n"));
        assertEquals("SyntaxError: f-string: unmatched ')' @ 1,5-1,5", error("f'{x)}'\n"));
        assertEquals("SyntaxError: closing parenthesis '}' does not match opening parenthesis '(' @ 1,6-1,6",
                error("f'{(x}'\n"));
        assertEquals("SyntaxError: f-string: expressions nested too deeply @ 1,11-1,11", error("f'{x:{y:{z:{w}}}}'\n"));
        assertEquals("SyntaxError: unterminated f-string literal (detected at line 1) @ 1,1-1,1", error("f'abc\n"));
        assertEquals("SyntaxError: unterminated f-string literal (detected at line 1) @ 1,1-1,1", error("f'{x}\n"));
        assertEquals("SyntaxError: unterminated triple-quoted f-string literal (detected at line 2) @ 1,1-1,1",
                error("f'''abc\n\n"));
        assertEquals("SyntaxError: '{' was never closed @ 1,3-1,0", error("f'{\n"));
    }

    @Test
    void stringErrors() {
        assertEquals("SyntaxError: unterminated string literal (detected at line 1) @ 1,1-1,1", error("'abc\n"));
        assertEquals("SyntaxError: unterminated string literal (detected at line 1) @ 1,5-1,5", error("é = 'abc\n"));
        assertEquals("SyntaxError: unterminated triple-quoted string literal (detected at line 2) @ 1,1-1,1",
                error("'''abc\n\n"));
    }

    @Test
    void indentationErrors() {
        assertEquals("IndentationError: unindent does not match any outer indentation level @ 3,4-3,-1",
                error("if x:\n    y\n  z\n"));
        assertEquals("IndentationError: unindent does not match any outer indentation level @ 3,4-3,-1",
                error("if 1:\n  x\n é\n"));
        assertEquals("IndentationError: unindent does not match any outer indentation level @ 4,3-4,-1",
                error("if x:\n  pass\n  # c\n 1\n"));
        assertEquals("TabError: inconsistent use of tabs and spaces in indentation @ 3,1-3,0",
                error("if x:\n\ty\n        z\n"));
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            deep.append(" ".repeat(i)).append("if 1:\n");
        }
        assertEquals("IndentationError: too many levels of indentation @ 101,1-101,0", error(deep.toString()));
        // a tab and eight spaces after a tab are consistent; form feed resets the column
        tokens("if 1:\n\tif 1:\n\t        x\n");
        assertEquals(List.of("INDENT  1,3-1,3", "NAME x 1,3-1,4"), tokens("\f  x\n").subList(0, 2));
    }

    @Test
    void continuationLines() {
        assertTokens("x = 1 + \\\n  2\n", "NAME x 1,0-1,1", "EQUAL = 1,2-1,3", "NUMBER 1 1,4-1,5", "PLUS + 1,6-1,7",
                "NUMBER 2 2,2-2,3", "NEWLINE \n 2,3-2,4", "ENDMARKER  2,4-2,4");
        assertEquals("SyntaxError: unexpected character after line continuation character @ 1,8-1,0",
                error("x = 1 \\ y\n"));
        assertEquals("SyntaxError: unexpected character after line continuation character @ 1,9-1,0",
                error("é = 1 \\ x\n"));
        assertEquals("SyntaxError: unexpected EOF while parsing @ 1,8-1,-1", error("x = 1 \\"));
        assertEquals("SyntaxError: unexpected EOF while parsing @ 1,3-1,-1", error("x\\\n"));
    }

    @Test
    void bracketErrors() {
        assertEquals("SyntaxError: '(' was never closed @ 1,1-1,0", error("(\n"));
        assertEquals("SyntaxError: '(' was never closed @ 1,5-1,0", error("x = (1,\n2\n"));
        assertEquals("SyntaxError: '(' was never closed @ 1,6-1,0", error("é = (1 +\n"));
        assertEquals("SyntaxError: unmatched ')' @ 1,1-1,1", error(")\n"));
        assertEquals("SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @ 1,2-1,2",
                error("(]\n"));
        assertEquals("SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @ 2,1-2,1",
                error("(\n]\n"));
    }

    @Test
    void invalidCharacters() {
        // $, ? and backtick start no token: CPython's tokenizer hands the parser a generic OP token
        assertTokens("x = $\n", "NAME x 1,0-1,1", "EQUAL = 1,2-1,3", "OP $ 1,4-1,5", "NEWLINE \n 1,5-1,6",
                "ENDMARKER  1,6-1,6");
        assertEquals("SyntaxError: invalid syntax @ 1,5-1,6", parseError("x = $\n"));
        assertEquals("SyntaxError: invalid syntax @ 1,5-1,6", parseError("x = ?\n"));
        assertEquals("SyntaxError: invalid syntax @ 1,5-1,6", parseError("x = `1`\n"));
        assertEquals("SyntaxError: invalid syntax @ 1,8-1,9", parseError("é = 1 $\n"));
        assertEquals("SyntaxError: expected ':' @ 1,4-1,5", parseError("try$\n pass\n"));
        // CPython tokenizes the rest of the file after the parser's error: a later tokenizer error wins
        assertEquals("SyntaxError: unmatched ')' @ 2,1-2,1", parseError("x = $\n)\n"));
        assertEquals("SyntaxError: invalid syntax @ 1,5-1,6", parseError("x = $\n(\n"));
        assertEquals("SyntaxError: '(' was never closed @ 1,5-1,0", parseError("x = (\n$\n"));
        assertEquals("SyntaxError: invalid character '€' (U+20AC) @ 1,7-1,7", error("x = 1 €\n"));
        assertEquals("SyntaxError: invalid character '€' (U+20AC) @ 1,2-1,2", error("é€ = 1\n"));
        assertEquals("SyntaxError: invalid character '€' (U+20AC) @ 1,2-1,2", error("a€b = 1\n"));
        assertEquals("SyntaxError: invalid non-printable character U+00A0 @ 1,7-1,7", error("x = 1 \u00a0\n"));
        assertEquals("SyntaxError: invalid non-printable character U+0001 @ 1,6-1,6", error("x = 1\u0001\n"));
        assertEquals("SyntaxError: invalid non-printable character U+000B @ 1,6-1,6", error("x = 1\u000b\n"));
    }

    @Test
    void nonAsciiIdentifiers() {
        assertTokens("ŝtraße_1 = π\n", "NAME ŝtraße_1 1,0-1,10", "EQUAL = 1,11-1,12", "NAME π 1,13-1,15",
                "NEWLINE \n 1,15-1,16", "ENDMARKER  1,16-1,16");
    }

    @Test
    void undecodableBytes() {
        String ue = "SyntaxError: (unicode error) 'utf-8' codec can't decode ";
        assertEquals(ue + "byte 0xf6 in position 0: invalid start byte @ 1,5--1,-1".replace("--", "-"),
                error(bytes("x = \\xf6\n")));
        assertEquals(ue + "byte 0xf6 in position 3: invalid start byte @ 1,4-1,-1", error(bytes("abc\\xf6 = 1\n")));
        assertEquals(ue + "byte 0xf6 in position 0: invalid start byte @ 2,8-2,-1", error(bytes("x = 1\ny = 2 \\xf6\\xf6\n")));
        assertEquals(ue + "byte 0xf6 in position 2: invalid start byte @ 1,9-1,-1", error(bytes("y = 2 \\xc3\\xa9\\xf6\n")));
        assertEquals(ue + "bytes in position 0-1: invalid continuation byte @ 1,3-1,-1", error(bytes("\\xe2\\x82x = 1\n")));
        assertEquals(ue + "bytes in position 1-2: unexpected end of data @ 1,3-1,-1", error(bytes("a\\xe2\\x82")));
        assertEquals(ue + "byte 0xed in position 1: invalid continuation byte @ 1,4-1,-1",
                error(bytes("a\\xed\\xa0\\x80 = 1\n")));
        assertEquals(ue + "bytes in position 1-3: invalid continuation byte @ 1,5-1,-1",
                error(bytes("a\\xf0\\x90\\x80x = 1\n")));
        // in comments and string literals they are no tokenizer error
        tokens(bytes("x = 1 # \\xf6\n"));
        List<String> t = tokens(bytes("x = '\\xf6'\n"));
        assertEquals("STRING '\uDCF6' 1,4-1,7", t.get(2));
    }

    /** Bytes of a string where "\\xNN" stands for one raw byte. */
    static byte[] bytes(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\x", i)) {
                out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                byte[] b = String.valueOf(s.charAt(i)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    @Test
    void hostileInputIsBounded() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals("SyntaxError: too many nested parentheses @ 1,201-1,201", error("(".repeat(1_000_000)));
            String big = "x = [1, 2.5, 'abc', f'{y}']  # comment\n".repeat(200_000);
            Tokenizer tok = new Tokenizer(SourceText.of(big));
            int count = 0;
            while (tok.next().kind() != TokenKind.ENDMARKER) {
                count++;
            }
            assertEquals(200_000 * 16, count);
            String longLine = "é" + " + é".repeat(500_000) + "\n";
            tok = new Tokenizer(SourceText.of(longLine));
            while (tok.next().kind() != TokenKind.ENDMARKER) {
                count++;
            }
        });
    }
}
