package dev.molt.backends.llvm;

import java.util.Locale;

/** What `molt build --emit` writes. */
public enum OutputFormat {
    EXE, OBJ, LLVM_IR;

    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static OutputFormat parse(String text) {
        for (OutputFormat f : values()) {
            if (f.text().equals(text)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown output '" + text + "' (expected exe, obj or llvm-ir)");
    }
}
