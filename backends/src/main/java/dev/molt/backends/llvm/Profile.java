package dev.molt.backends.llvm;

import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelDefault;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelLess;

import java.util.Locale;

/** How hard LLVM works: dev favours compile time, release run time. */
public enum Profile {
    DEV("default<O1>", LLVMCodeGenLevelLess),
    RELEASE("default<O2>", LLVMCodeGenLevelDefault);

    private final String pipeline;
    private final int codeGenLevel;

    Profile(String pipeline, int codeGenLevel) {
        this.pipeline = pipeline;
        this.codeGenLevel = codeGenLevel;
    }

    /** The new pass manager's pipeline text for {@code LLVMRunPasses}. */
    public String pipeline() {
        return pipeline;
    }

    int codeGenLevel() {
        return codeGenLevel;
    }

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Profile parse(String text) {
        for (Profile p : values()) {
            if (p.text().equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + text + "' (expected dev or release)");
    }
}
