package dev.molt.compiler.ir;

/** Operations on boxed objects that the runtime implements; each names its C entry point. */
public enum RuntimeOp {
    ADD("molt_op_add", 2, Type.OBJ), SUB("molt_op_sub", 2, Type.OBJ), MUL("molt_op_mul", 2, Type.OBJ),
    TRUEDIV("molt_op_truediv", 2, Type.OBJ), FLOORDIV("molt_op_floordiv", 2, Type.OBJ),
    MOD("molt_op_mod", 2, Type.OBJ), POW("molt_op_pow", 2, Type.OBJ), LSHIFT("molt_op_lshift", 2, Type.OBJ),
    RSHIFT("molt_op_rshift", 2, Type.OBJ), BITAND("molt_op_and", 2, Type.OBJ), BITOR("molt_op_or", 2, Type.OBJ),
    BITXOR("molt_op_xor", 2, Type.OBJ),
    NEG("molt_op_neg", 1, Type.OBJ), POS("molt_op_pos", 1, Type.OBJ), INVERT("molt_op_invert", 1, Type.OBJ),
    NOT("molt_op_not", 1, Type.OBJ),
    LT("molt_op_lt", 2, Type.OBJ), LE("molt_op_le", 2, Type.OBJ), GT("molt_op_gt", 2, Type.OBJ),
    GE("molt_op_ge", 2, Type.OBJ), EQ("molt_op_eq", 2, Type.OBJ), NE("molt_op_ne", 2, Type.OBJ),
    IS("molt_op_is", 2, Type.OBJ), IS_NOT("molt_op_is_not", 2, Type.OBJ),
    /** Python truth value; the runtime answers -1 on error, which the backend checks. */
    TRUTH("molt_op_truth", 1, Type.BOOL);

    private final String function;
    private final int arity;
    private final Type resultType;

    RuntimeOp(String function, int arity, Type resultType) {
        this.function = function;
        this.arity = arity;
        this.resultType = resultType;
    }

    public String function() {
        return function;
    }

    public int arity() {
        return arity;
    }

    public Type resultType() {
        return resultType;
    }

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
