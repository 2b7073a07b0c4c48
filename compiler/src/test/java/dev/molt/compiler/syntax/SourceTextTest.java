package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenizerTest.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Source decoding as CPython 3.12.1's {@code ast.parse(bytes)} does it; expectations from CPython. */
class SourceTextTest {

    private static String setupError(byte[] source) {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> SourceText.decode(source));
        assertNull(e.lineText());
        return e.kind() + ": " + e.msg() + " @ " + e.lineno() + "," + e.offset();
    }

    @Test
    void utf8ByDefaultWithoutDeclaredEncoding() {
        SourceText src = SourceText.decode("é = 1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("é = 1\n", src.text());
        assertFalse(src.declaresEncoding());
    }

    @Test
    void bomIsStrippedAndCountsAsDeclaredEncoding() {
        SourceText src = SourceText.decode(bytes("\\xef\\xbb\\xbfx = 1\n"));
        assertEquals("x = 1\n", src.text());
        assertTrue(src.declaresEncoding());
        assertEquals("# coding: utf-8-sig\nx=1\n",
                SourceText.decode(bytes("\\xef\\xbb\\xbf# coding: utf-8-sig\nx=1\n")).text());
    }

    @Test
    void codingCookieOnLineOneOrTwo() {
        assertEquals("x='ö'\n", SourceText.decode(bytes("#!/bin/py\n# coding: latin-1\nx='\\xf6'\n")).text().substring(28));
        assertEquals("x = '€'\n", SourceText.decode(bytes("# -*- coding: cp1252 -*-\nx = '\\x80'\n")).text().substring(25));
        assertEquals("x = '€'\n", SourceText.decode(bytes("# vim: set fileencoding=iso-8859-15 :\nx = '\\xa4'\n")).text()
                .substring(38));
        // only if line 1 is blank or a comment is line 2 looked at; line 3 never
        assertEquals("x = 1 # coding: latin-1\nz='\uDCF6'\n",
                SourceText.decode(bytes("x = 1 # coding: latin-1\nz='\\xf6'\n")).text());
        assertEquals("\n\n# coding: latin-1\nx='\uDCF6'\n", SourceText.decode(bytes("\n\n# coding: latin-1\nx='\\xf6'\n")).text());
        assertTrue(SourceText.decode(bytes("# coding: utf-8\nx\n")).declaresEncoding());
    }

    @Test
    void encodingErrorsAsCPythonReportsThem() {
        assertEquals("SyntaxError: unknown encoding: foo @ 0,-1", setupError(bytes("# -*- coding: foo -*-\nx=1\n")));
        assertEquals("SyntaxError: unknown encoding: FOO @ 0,-1", setupError(bytes("# coding: FOO\nx=1\n")));
        assertEquals("SyntaxError: encoding problem: iso-8859-1 with BOM @ 0,-1",
                setupError(bytes("\\xef\\xbb\\xbf# coding: latin-1\nx=1\n")));
        assertEquals("SyntaxError: encoding problem: utf8 with BOM @ 0,-1",
                setupError(bytes("\\xef\\xbb\\xbf# coding: utf8\nx=1\n")));
        assertEquals("SyntaxError: 'utf-8' codec can't decode byte 0xf6 in position 18: invalid start byte @ 0,-1",
                setupError(bytes("# coding: utf8\nx='\\xf6'\n")));
        assertEquals("SyntaxError: 'ascii' codec can't decode byte 0xc3 in position 19: ordinal not in range(128) @ 0,-1",
                setupError(bytes("# coding: ascii\nx='\\xc3'\n")));
        assertEquals("SyntaxError: 'charmap' codec can't decode byte 0x81 in position 20: character maps to "
                + "<undefined> @ 0,-1", setupError(bytes("# coding: cp1252\nx='\\x81'\n")));
        assertEquals("SyntaxError: 'euc_jp' codec can't decode byte 0xff in position 20: illegal multibyte "
                + "sequence @ 0,-1", setupError(bytes("# coding: euc-jp\nx='\\xff\\xfe'\n")));
    }

    @Test
    void nullBytesAreRejectedUpFront() {
        assertEquals("SyntaxError: source code string cannot contain null bytes @ 0,0", setupError(bytes("x = 1\0\n")));
        assertEquals("SyntaxError: source code string cannot contain null bytes @ 0,0", setupError(bytes("x\n# \0\n")));
    }

    @Test
    void invalidUtf8IsEscapedAndRecoverable() {
        byte[] raw = bytes("x = 'a\\xf6\\xe2\\x82\\xed\\xa0\\x80b' # \\xff\n");
        SourceText src = SourceText.decode(raw);
        assertEquals("x = 'a\uDCF6\uDCE2\uDC82\uDCED\uDCA0\uDC80b' # \uDCFF\n", src.text());
        assertArrayEquals(raw, src.originalBytes(0, src.text().length()));
        assertTrue(src.hasEscapedBytes(0, 8));
        assertEquals("'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
                Utf8Errors.describe(src.originalBytes(5, 14)).message());
    }

    @Test
    void lineEndingsAreTranslated() {
        SourceText src = SourceText.decode(bytes("a\r\nb\rc\n\nd"));
        assertEquals("a\nb\nc\n\nd", src.text());
        assertEquals(5, src.lineCount());
        assertEquals("a", src.line(1));
        assertEquals("c", src.line(3));
        assertEquals("", src.line(4));
        assertEquals("d", src.line(5));
        assertEquals("", src.line(6));
    }

    @Test
    void byteAndCharColumns() {
        SourceText src = SourceText.of("x\né = '\uD83D\uDE00' + \u20AC\n");
        assertEquals(3, src.byteColumn(1, 3));
        assertEquals(0, src.byteColumn(2, 0));
        assertEquals(2, src.byteColumn(2, 1));
        assertEquals(11, src.byteColumn(2, 7));
        assertEquals(7, src.charColumn(2, 11));
        assertEquals(1, src.charColumn(2, 2));
        assertEquals(13, src.byteColumn(2, 9));
        assertEquals(11, src.charColumn(2, 17));
        SourceText escaped = SourceText.decode(bytes("a\\xf6b\n"));
        assertEquals(2, escaped.byteColumn(1, 2));
        assertEquals(2, escaped.charColumn(1, 2));
    }
}
