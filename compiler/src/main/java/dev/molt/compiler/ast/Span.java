package dev.molt.compiler.ast;

/**
 * Where a node sits in the source, exactly as CPython's ast reports it: 1-based lines and 0-based
 * columns counted in UTF-8 bytes, the end exclusive.
 */
public record Span(int lineno, int colOffset, int endLineno, int endColOffset) {
}
