package dev.molt.compiler.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected strings are CPython 3.12's repr() of the same values. */
class PythonReprTest {

    @Test
    void floats() {
        assertEquals("1.0", PythonRepr.floatValue(1.0));
        assertEquals("-0.0", PythonRepr.floatValue(-0.0));
        assertEquals("0.1", PythonRepr.floatValue(0.1));
        assertEquals("1e+16", PythonRepr.floatValue(1e16));
        assertEquals("1000000000000000.0", PythonRepr.floatValue(1e15));
        assertEquals("0.0001", PythonRepr.floatValue(1e-4));
        assertEquals("1e-05", PythonRepr.floatValue(1e-5));
        assertEquals("1.7976931348623157e+308", PythonRepr.floatValue(Double.MAX_VALUE));
        assertEquals("5e-324", PythonRepr.floatValue(Double.MIN_VALUE));
        assertEquals("inf", PythonRepr.floatValue(Double.POSITIVE_INFINITY));
        assertEquals("123456789.125", PythonRepr.floatValue(123456789.125));
    }

    @Test
    void complexNumbers() {
        assertEquals("2j", PythonRepr.complex(0.0, 2.0));
        assertEquals("(-0-2j)", PythonRepr.complex(-0.0, -2.0));
        assertEquals("(1+2j)", PythonRepr.complex(1.0, 2.0));
        assertEquals("(1.5-0j)", PythonRepr.complex(1.5, -0.0));
        assertEquals("(1e+16+infj)", PythonRepr.complex(1e16, Double.POSITIVE_INFINITY));
    }

    @Test
    void strings() {
        assertEquals("'a'", PythonRepr.str("a"));
        assertEquals("\"it's\"", PythonRepr.str("it's"));
        assertEquals("'both \\' \"'", PythonRepr.str("both ' \""));
        assertEquals("'\\n\\t\\x00\\x7f\\x85é\\u200b\\U000e0001😀'", PythonRepr.str("\n\t\0\u007f\u0085é\u200b\udb40\udc01😀"));
        assertEquals("b'\\x00\\xff\"\\''", PythonRepr.bytes(new byte[] {0, (byte) 0xff, '"', '\''}));
    }
}
