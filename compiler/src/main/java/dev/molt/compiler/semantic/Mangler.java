package dev.molt.compiler.semantic;

/** Private name mangling ({@code _Py_Mangle}): {@code __x} inside class {@code _A} becomes {@code _A__x}. */
final class Mangler {
    private Mangler() {
    }

    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) {
            return name;
        }
        // Dunder names and dotted import names are left alone.
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        if (start == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(start) + name;
    }
}
