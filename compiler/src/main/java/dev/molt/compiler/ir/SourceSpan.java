package dev.molt.compiler.ir;

/** Where an instruction comes from: file, 1-based line, 1-based column (as compile errors print it). */
public record SourceSpan(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
