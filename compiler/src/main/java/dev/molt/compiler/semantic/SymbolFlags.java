package dev.molt.compiler.semantic;

import java.util.ArrayList;
import java.util.List;

/**
 * The bits CPython's symbol table keeps per name (Include/internal/pycore_symtable.h), with the
 * same values so that a symbol's raw flags compare directly with {@code _symtable}'s. The resolved
 * {@link SymbolScope} sits above {@link #SCOPE_OFFSET}.
 */
public final class SymbolFlags {
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_TYPE_PARAM = 1024;
    public static final int DEF_COMP_CELL = 2048;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public static final int SCOPE_OFFSET = 12;
    public static final int SCOPE_MASK = 15;
    public static final int FLAG_MASK = (1 << SCOPE_OFFSET) - 1;

    private static final String[] NAMES = {
        "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE", "DEF_FREE_CLASS",
        "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM", "DEF_COMP_CELL",
    };

    private SymbolFlags() {
    }

    /** The flag names set in {@code flags} (scope bits ignored), lowest bit first. */
    public static List<String> names(int flags) {
        List<String> out = new ArrayList<>();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((flags & (1 << bit)) != 0) {
                out.add(NAMES[bit]);
            }
        }
        return out;
    }
}
