package dev.molt.backends.runtime;

import dev.molt.backends.toolchain.ClangJob;
import dev.molt.backends.toolchain.OutputKind;
import dev.molt.backends.toolchain.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The C runtime's sources, packaged in this jar under {@code dev/molt/backends/runtime/}, and the jobs
 * that build them. Kept as an explicit list because a jar cannot be listed portably.
 */
public final class RuntimeSources {
    /** Where the sources sit inside a job's scratch directory; drivers include "molt.h" with -Iruntime. */
    public static final String DIRECTORY = "runtime";
    public static final List<String> FILES = List.of("molt.h", "join.h", "unicode_printable.h", "object.c",
            "error.c", "int.c", "float.c", "hash.c", "str.c", "join.c", "tuple.c", "list.c", "dict.c", "set.c",
            "io.c", "ops.c");
    /** C11 with only libc and libm, so the same flags serve wasm32-wasi later. */
    public static final List<String> FLAGS = List.of("-std=c11", "-O2", "-Wall", "-Wextra", "-I" + DIRECTORY);

    private RuntimeSources() {
    }

    public static List<SourceFile> files() {
        List<SourceFile> files = new ArrayList<>();
        for (String name : FILES) {
            files.add(SourceFile.resource(DIRECTORY + "/" + name, RuntimeSources.class, name));
        }
        return files;
    }

    /** The whole runtime as one bitcode module, to be linked into each program's module. */
    public static ClangJob bitcode() {
        return new ClangJob(OutputKind.BITCODE, files(), FLAGS);
    }

    /** An executable from C files that use the runtime (tests, small tools). */
    public static ClangJob executable(List<SourceFile> programFiles) {
        List<SourceFile> all = new ArrayList<>(files());
        all.addAll(programFiles);
        List<String> flags = new ArrayList<>(FLAGS);
        flags.add("-lm");
        return new ClangJob(OutputKind.EXECUTABLE, all, flags);
    }
}
