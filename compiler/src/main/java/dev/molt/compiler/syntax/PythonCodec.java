package dev.molt.compiler.syntax;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/**
 * A Python codec usable in a coding cookie: its canonical Python name (as in its error messages)
 * and the Java charset that decodes the same way. Covers the common aliases of Python's
 * {@code encodings} package; unknown names give null, so the caller reports "unknown encoding".
 */
record PythonCodec(String name, Charset charset) {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "utf_8"), Map.entry("u8", "utf_8"), Map.entry("utf", "utf_8"),
            Map.entry("utf_8", "utf_8"), Map.entry("cp65001", "utf_8"), Map.entry("utf8_ucs2", "utf_8"),
            Map.entry("utf8_ucs4", "utf_8"), Map.entry("utf_8_sig", "utf_8_sig"),
            Map.entry("latin_1", "latin_1"), Map.entry("latin1", "latin_1"), Map.entry("latin", "latin_1"),
            Map.entry("l1", "latin_1"), Map.entry("iso8859_1", "latin_1"), Map.entry("iso_8859_1", "latin_1"),
            Map.entry("8859", "latin_1"), Map.entry("cp819", "latin_1"), Map.entry("iso_ir_100", "latin_1"),
            Map.entry("iso_8859_1_1987", "latin_1"), Map.entry("ibm819", "latin_1"),
            Map.entry("ascii", "ascii"), Map.entry("us_ascii", "ascii"), Map.entry("646", "ascii"),
            Map.entry("us", "ascii"), Map.entry("ansi_x3.4_1968", "ascii"), Map.entry("cp367", "ascii"),
            Map.entry("euc_jp", "euc_jp"), Map.entry("eucjp", "euc_jp"), Map.entry("ujis", "euc_jp"),
            Map.entry("u_jis", "euc_jp"), Map.entry("shift_jis", "shift_jis"), Map.entry("sjis", "shift_jis"),
            Map.entry("s_jis", "shift_jis"), Map.entry("shiftjis", "shift_jis"), Map.entry("cp932", "cp932"),
            Map.entry("ms932", "cp932"), Map.entry("mskanji", "cp932"), Map.entry("ms_kanji", "cp932"),
            Map.entry("euc_kr", "euc_kr"), Map.entry("euckr", "euc_kr"), Map.entry("korean", "euc_kr"),
            Map.entry("gb2312", "gb2312"), Map.entry("gbk", "gbk"), Map.entry("936", "gbk"), Map.entry("cp936", "gbk"),
            Map.entry("ms936", "gbk"), Map.entry("gb18030", "gb18030"), Map.entry("big5", "big5"),
            Map.entry("big5_tw", "big5"), Map.entry("cp950", "cp950"), Map.entry("ms950", "cp950"),
            Map.entry("iso2022_jp", "iso2022_jp"), Map.entry("koi8_r", "koi8_r"), Map.entry("koi8_u", "koi8_u"),
            Map.entry("mac_roman", "mac_roman"), Map.entry("macroman", "mac_roman"),
            Map.entry("macintosh", "mac_roman"), Map.entry("utf_16", "utf_16"), Map.entry("utf16", "utf_16"),
            Map.entry("utf_32", "utf_32"), Map.entry("utf32", "utf_32"));

    private static final Map<String, String> JAVA_NAMES = Map.ofEntries(
            Map.entry("utf_8", "UTF-8"), Map.entry("utf_8_sig", "UTF-8"), Map.entry("latin_1", "ISO-8859-1"),
            Map.entry("ascii", "US-ASCII"), Map.entry("euc_jp", "EUC-JP"), Map.entry("shift_jis", "Shift_JIS"),
            Map.entry("cp932", "windows-31j"), Map.entry("euc_kr", "EUC-KR"), Map.entry("gb2312", "GB2312"),
            Map.entry("gbk", "GBK"), Map.entry("gb18030", "GB18030"), Map.entry("big5", "Big5"),
            Map.entry("cp950", "x-windows-950"), Map.entry("iso2022_jp", "ISO-2022-JP"),
            Map.entry("koi8_r", "KOI8-R"), Map.entry("koi8_u", "KOI8-U"), Map.entry("mac_roman", "x-MacRoman"),
            Map.entry("utf_16", "UTF-16"), Map.entry("utf_32", "UTF-32"));

    /** The codec for a cookie name, or null if Python would not know it. */
    static PythonCodec lookup(String cookie) {
        String norm = normalize(cookie);
        String name = ALIASES.get(norm);
        String javaName = null;
        if (name != null) {
            javaName = JAVA_NAMES.get(name);
        } else if (norm.matches("(iso_?8859_|latin_?)\\d+")) {
            name = norm.replaceFirst("^(iso_?8859_)", "iso8859_");
            javaName = name.startsWith("iso") ? "ISO-8859-" + name.substring(8) : null;
            if (name.startsWith("latin")) {
                return null;
            }
        } else if (norm.matches("(cp|windows_)\\d{3,4}")) {
            String digits = norm.replaceAll("\\D", "");
            name = "cp" + digits;
            javaName = digits.startsWith("12") ? "windows-" + digits : "IBM" + digits;
        }
        if (name == null || javaName == null || !Charset.isSupported(javaName)) {
            return null;
        }
        return new PythonCodec(name, Charset.forName(javaName));
    }

    /** encodings.normalize_encoding plus lower-casing, as codec lookup does. */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private boolean isCharmap() {
        return name.startsWith("cp") && !name.equals("cp932") && !name.equals("cp950")
                || name.startsWith("iso8859_") || name.startsWith("koi8") || name.startsWith("mac_");
    }

    /** str() of the UnicodeDecodeError Python raises for this codec. */
    String decodeErrorMessage(int badByte, int position, int length, boolean atEnd) {
        String hex = String.format("0x%02x", badByte);
        if (name.equals("ascii")) {
            return "'ascii' codec can't decode byte " + hex + " in position " + position + ": ordinal not in range(128)";
        }
        if (isCharmap()) {
            return "'charmap' codec can't decode byte " + hex + " in position " + position
                    + ": character maps to <undefined>";
        }
        String reason = atEnd ? "incomplete multibyte sequence" : "illegal multibyte sequence";
        return "'" + name + "' codec can't decode byte " + hex + " in position " + position + ": " + reason;
    }
}
