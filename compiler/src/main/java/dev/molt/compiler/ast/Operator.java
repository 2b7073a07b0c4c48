package dev.molt.compiler.ast;

/** CPython's ast.operator; a node without fields, dumped as {@code Name()}. */
public enum Operator {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
