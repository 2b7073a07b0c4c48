package dev.molt.cli;

import dev.molt.compiler.syntax.PythonSyntaxError;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a syntax error the way CPython's interpreter prints it when running a file. */
final class SyntaxErrorReport {

    private SyntaxErrorReport() {
    }

    /** The traceback-style block: location line, source line, carets, then {@code Kind: message}. */
    static String render(PythonSyntaxError error, String filename) {
        StringBuilder out = new StringBuilder();
        if (error.lineno() > 0) {
            out.append("  File \"").append(filename).append("\", line ").append(error.lineno()).append('\n');
        }
        String text = error.lineText();
        if (text != null) {
            appendSourceAndCarets(out, error, text);
        }
        out.append(error.kind()).append(": ").append(error.msg());
        if (error.lineno() <= 0) {
            out.append(" (").append(filename).append(')');
        }
        return out.append('\n').toString();
    }

    /** The fields of a {@code .err} file, in their documented order. */
    static Map<String, Object> fields(PythonSyntaxError error) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", error.kind().name());
        fields.put("msg", error.msg());
        fields.put("lineno", error.lineno());
        fields.put("offset", error.offset());
        return fields;
    }

    private static void appendSourceAndCarets(StringBuilder out, PythonSyntaxError error, String text) {
        int[] line = text.stripTrailing().codePoints().toArray();
        int spaces = 0;
        while (spaces < line.length && (line[spaces] == ' ' || line[spaces] == '\t' || line[spaces] == '\f')) {
            spaces++;
        }
        out.append("    ");
        for (int i = spaces; i < line.length; i++) {
            out.appendCodePoint(line[i]);
        }
        out.append('\n');
        if (error.offset() <= 0) {
            return;
        }
        int start = error.offset();
        int end = error.endLineno() > error.lineno() ? line.length + 1 : error.endOffset();
        // CPython's interpreter marks indentation errors with a single caret whatever their range.
        if (end <= start || error.kind() != PythonSyntaxError.Kind.SyntaxError) {
            end = start + 1;
        }
        int from = start - 1 - spaces;
        int to = Math.min(end - 1 - spaces, line.length - spaces + 1);
        if (from < 0) {
            return;
        }
        out.append("    ");
        for (int i = 0; i < from; i++) {
            int c = i + spaces < line.length ? line[i + spaces] : ' ';
            out.appendCodePoint(Character.isWhitespace(c) ? c : ' ');
        }
        out.append("^".repeat(Math.max(1, to - from))).append('\n');
    }
}
