package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.ConstantRepr;
import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part of CPython's AST optimizer (ast_opt.c) that runs before code generation and changes
 * what the compiler sees: negative and complex literals in patterns become constants, and so do
 * simple constant expressions after {@code return}. Covers the common operations; anything it
 * does not evaluate counts as not folded. Values are {@link ConstantValue}s (never Imaginary),
 * {@link Complex} or {@link Tuple}.
 */
final class ConstantFolder {
    /** CPython's {@code MAX_INT_SIZE}: products of larger ints are left unfolded. */
    private static final int MAX_INT_BITS = 128;

    record Complex(double real, double imag) {
    }

    record Tuple(List<Object> items) {
    }

    private ConstantFolder() {
    }

    /** The value CPython's optimizer turns {@code expr} into, or null if it stays an expression. */
    static Object fold(Expr expr) {
        if (expr instanceof Expr.Constant constant) {
            return constant.value() instanceof ConstantValue.Imaginary imaginary
                    ? new Complex(0.0, imaginary.imag()) : constant.value();
        }
        if (expr instanceof Expr.Name name) {
            // __debug__ is a compile-time constant (True without -O).
            return name.ctx() == ExprContext.Load && name.id().equals("__debug__")
                    ? new ConstantValue.Bool(true) : null;
        }
        if (expr instanceof Expr.UnaryOp unary) {
            Object operand = fold(unary.operand());
            return operand == null ? null : unary(unary.op(), operand);
        }
        if (expr instanceof Expr.BinOp binary) {
            Object left = fold(binary.left());
            Object right = left == null ? null : fold(binary.right());
            return right == null ? null : binary(binary.op(), left, right);
        }
        if (expr instanceof Expr.Tuple tuple && tuple.ctx() == ExprContext.Load) {
            List<Object> items = new ArrayList<>();
            for (Expr elt : tuple.elts()) {
                Object item = fold(elt);
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
            return new Tuple(items);
        }
        return null;
    }

    private static Object unary(dev.molt.compiler.ast.UnaryOperator op, Object value) {
        return switch (op) {
            case Not -> new ConstantValue.Bool(!isTrue(value));
            case Invert -> isInteger(value) ? new ConstantValue.Int(integer(value).not()) : null;
            case UAdd -> isInteger(value) ? new ConstantValue.Int(integer(value)) : isNumber(value) ? value : null;
            case USub -> negate(value);
        };
    }

    private static Object negate(Object value) {
        if (isInteger(value)) {
            return new ConstantValue.Int(integer(value).negate());
        }
        if (value instanceof ConstantValue.Float f) {
            return new ConstantValue.Float(-f.value());
        }
        if (value instanceof Complex c) {
            return new Complex(-c.real(), -c.imag());
        }
        return null;
    }

    private static Object binary(dev.molt.compiler.ast.Operator op, Object left, Object right) {
        if (op == dev.molt.compiler.ast.Operator.Add && left instanceof ConstantValue.Str l
                && right instanceof ConstantValue.Str r) {
            return ConstantValue.Str.of(l.text() + r.text());
        }
        if (op == dev.molt.compiler.ast.Operator.Add && left instanceof ConstantValue.Bytes l
                && right instanceof ConstantValue.Bytes r) {
            byte[] joined = Arrays.copyOf(l.value(), l.value().length + r.value().length);
            System.arraycopy(r.value(), 0, joined, l.value().length, r.value().length);
            return new ConstantValue.Bytes(joined);
        }
        if (!isNumber(left) || !isNumber(right)) {
            return null;
        }
        return switch (op) {
            case Add, Sub, Mult -> arithmetic(op, left, right);
            default -> null;
        };
    }

    private static Object arithmetic(dev.molt.compiler.ast.Operator op, Object left, Object right) {
        if (isInteger(left) && isInteger(right)) {
            BigInteger a = integer(left);
            BigInteger b = integer(right);
            return switch (op) {
                case Add -> new ConstantValue.Int(a.add(b));
                case Sub -> new ConstantValue.Int(a.subtract(b));
                default -> a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_BITS
                        ? null : new ConstantValue.Int(a.multiply(b));
            };
        }
        double[] a = complexParts(left);
        double[] b = complexParts(right);
        if (a == null || b == null) {
            return null;
        }
        if (left instanceof Complex || right instanceof Complex) {
            return switch (op) {
                case Add -> new Complex(a[0] + b[0], a[1] + b[1]);
                case Sub -> new Complex(a[0] - b[0], a[1] - b[1]);
                default -> new Complex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
            };
        }
        return switch (op) {
            case Add -> new ConstantValue.Float(a[0] + b[0]);
            case Sub -> new ConstantValue.Float(a[0] - b[0]);
            default -> new ConstantValue.Float(a[0] * b[0]);
        };
    }

    /** As a complex number; null when an int is too large for a float (CPython's OverflowError). */
    private static double[] complexParts(Object value) {
        if (value instanceof Complex c) {
            return new double[] {c.real(), c.imag()};
        }
        if (value instanceof ConstantValue.Float f) {
            return new double[] {f.value(), 0.0};
        }
        double real = integer(value).doubleValue();
        return Double.isInfinite(real) ? null : new double[] {real, 0.0};
    }

    private static boolean isInteger(Object value) {
        return value instanceof ConstantValue.Int || value instanceof ConstantValue.Bool;
    }

    private static boolean isNumber(Object value) {
        return isInteger(value) || value instanceof ConstantValue.Float || value instanceof Complex;
    }

    private static BigInteger integer(Object value) {
        if (value instanceof ConstantValue.Bool b) {
            return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        return ((ConstantValue.Int) value).value();
    }

    private static boolean isTrue(Object value) {
        if (value instanceof ConstantValue.None) {
            return false;
        }
        if (isInteger(value)) {
            return integer(value).signum() != 0;
        }
        if (value instanceof ConstantValue.Float f) {
            return f.value() != 0;
        }
        if (value instanceof Complex c) {
            return c.real() != 0 || c.imag() != 0;
        }
        if (value instanceof ConstantValue.Str s) {
            return s.codePoints().length > 0;
        }
        if (value instanceof ConstantValue.Bytes b) {
            return b.value().length > 0;
        }
        if (value instanceof Tuple t) {
            return !t.items().isEmpty();
        }
        return true;
    }

    /**
     * A key equal for values Python considers equal ({@code 1 == 1.0 == True}, {@code 0.0 == -0.0}),
     * as the set in which CPython's compiler spots duplicate mapping-pattern keys.
     */
    static Object equalityKey(Object value) {
        if (value instanceof ConstantValue.Str s) {
            return "s:" + s.text();
        }
        if (value instanceof ConstantValue.Bytes b) {
            return "b:" + Arrays.toString(b.value());
        }
        if (value instanceof Tuple t) {
            List<Object> keys = new ArrayList<>();
            t.items().forEach(item -> keys.add(equalityKey(item)));
            return keys;
        }
        if (isInteger(value)) {
            return "n:" + exact(new BigDecimal(integer(value))) + ",0";
        }
        double[] parts = value instanceof ConstantValue.Float || value instanceof Complex ? complexParts(value) : null;
        if (parts == null) {
            return value.getClass().getSimpleName();
        }
        if (Double.isNaN(parts[0]) || Double.isNaN(parts[1])) {
            return new Object();
        }
        return "n:" + real(parts[0]) + "," + real(parts[1]);
    }

    private static String real(double value) {
        return Double.isInfinite(value) ? (value > 0 ? "inf" : "-inf") : exact(new BigDecimal(value));
    }

    private static String exact(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static String repr(Object value) {
        if (value instanceof ConstantValue.None) {
            return "None";
        }
        if (value instanceof ConstantValue.Ellipsis) {
            return "Ellipsis";
        }
        if (value instanceof ConstantValue.Bool b) {
            return b.value() ? "True" : "False";
        }
        if (value instanceof ConstantValue.Int i) {
            return i.value().toString();
        }
        if (value instanceof Complex c) {
            StringBuilder out = new StringBuilder();
            ConstantRepr.appendComplex(out, c.real(), c.imag());
            return out.toString();
        }
        if (value instanceof ConstantValue) {
            return ConstantRepr.repr((ConstantValue) value);
        }
        List<Object> items = ((Tuple) value).items();
        List<String> parts = new ArrayList<>();
        items.forEach(item -> parts.add(repr(item)));
        return "(" + String.join(", ", parts) + (items.size() == 1 ? ",)" : ")");
    }
}
