package dev.molt.compiler.syntax;

/**
 * Python's strict UTF-8 validation rules: where a decode error starts and ends and how CPython's
 * codec phrases it ("invalid start byte", "invalid continuation byte", "unexpected end of data").
 * Also the surrogate-escaping decoder built on the same rules.
 */
public final class Utf8Errors {

    /** One decode error: bytes [start, end) of the input are undecodable for {@code reason}. */
    public record Error(int start, int end, String reason, int firstByte) {

        /** CPython's {@code str(UnicodeDecodeError)} text for the 'utf-8' codec. */
        public String message() {
            if (end - start == 1) {
                return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                        firstByte, start, reason);
            }
            return "'utf-8' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
    }

    private Utf8Errors() {
    }

    /** The first decode error in data, or null if it is valid UTF-8. */
    public static Error describe(byte[] data) {
        int i = 0;
        while (i < data.length) {
            int len = validSequenceLength(data, i, data.length);
            if (len <= 0) {
                return errorAt(data, i, data.length);
            }
            i += len;
        }
        return null;
    }

    /** Length of the valid UTF-8 sequence at i, or 0 if invalid. */
    static int validSequenceLength(byte[] d, int i, int end) {
        int b0 = d[i] & 0xFF;
        if (b0 < 0x80) {
            return 1;
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 < 0xC2) {
            return 0;
        } else if (b0 < 0xE0) {
            need = 1;
        } else if (b0 < 0xF0) {
            need = 2;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 < 0xF5) {
            need = 3;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return 0;
        }
        if (i + need >= end) {
            return 0;
        }
        int b1 = d[i + 1] & 0xFF;
        if (b1 < lo || b1 > hi) {
            return 0;
        }
        for (int k = 2; k <= need; k++) {
            int b = d[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return need + 1;
    }

    /** The error CPython reports for an invalid sequence starting at i (data[i..end)). */
    static Error errorAt(byte[] d, int i, int end) {
        int b0 = d[i] & 0xFF;
        if (b0 < 0xC2 || b0 > 0xF4) {
            return new Error(i, i + 1, "invalid start byte", b0);
        }
        int need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 == 0xE0) {
            lo = 0xA0;
        } else if (b0 == 0xED) {
            hi = 0x9F;
        } else if (b0 == 0xF0) {
            lo = 0x90;
        } else if (b0 == 0xF4) {
            hi = 0x8F;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= end) {
                return new Error(i, end, "unexpected end of data", b0);
            }
            int b = d[i + k] & 0xFF;
            boolean ok = k == 1 ? b >= lo && b <= hi : b >= 0x80 && b <= 0xBF;
            if (!ok) {
                return new Error(i, i + k, "invalid continuation byte", b0);
            }
        }
        throw new IllegalStateException("valid sequence at " + i);
    }

    /**
     * Decodes UTF-8, escaping each byte of an invalid sequence as U+DC80+(byte-0x80), splitting
     * invalid input exactly where Python's decoder with {@code surrogateescape} would.
     */
    static String decodeEscaping(byte[] d, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (d[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(d, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        try {
            // Java's strict UTF-8 decoder accepts exactly what Python's does.
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(d, from, to - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return decodeSlowly(d, from, to);
        }
    }

    private static String decodeSlowly(byte[] d, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int b0 = d[i] & 0xFF;
            if (b0 < 0x80) {
                sb.append((char) b0);
                i++;
                continue;
            }
            int len = validSequenceLength(d, i, to);
            if (len == 0) {
                Error e = errorAt(d, i, to);
                for (int k = e.start(); k < e.end(); k++) {
                    sb.append((char) (0xDC00 + (d[k] & 0xFF)));
                }
                i = e.end();
                continue;
            }
            int cp;
            if (len == 2) {
                cp = ((b0 & 0x1F) << 6) | (d[i + 1] & 0x3F);
            } else if (len == 3) {
                cp = ((b0 & 0x0F) << 12) | ((d[i + 1] & 0x3F) << 6) | (d[i + 2] & 0x3F);
            } else {
                cp = ((b0 & 0x07) << 18) | ((d[i + 1] & 0x3F) << 12) | ((d[i + 2] & 0x3F) << 6) | (d[i + 3] & 0x3F);
            }
            sb.appendCodePoint(cp);
            i += len;
        }
        return sb.toString();
    }
}
