package dev.molt.backends.toolchain;

/** What a {@link ClangJob} produces. */
public enum OutputKind {
    /** A relocatable object; one {@code .c} input. */
    OBJECT("o"),
    /** LLVM bitcode; several {@code .c} inputs are compiled separately and joined by llvm-link. */
    BITCODE("bc"),
    /** A linked executable from any mix of {@code .c}, objects, bitcode and archives. */
    EXECUTABLE("exe");

    private final String extension;

    OutputKind(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }
}
