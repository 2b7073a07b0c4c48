package dev.molt.compiler.ast;

/** Any node of the syntax tree. */
public interface Node {
    <R> R accept(AstVisitor<R> visitor);
}
