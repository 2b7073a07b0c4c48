package dev.molt.compiler.lower;

import dev.molt.compiler.ast.BoolOperator;
import dev.molt.compiler.ast.CmpOperator;
import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Operator;
import dev.molt.compiler.ir.FunctionBuilder;
import dev.molt.compiler.ir.Insn;
import dev.molt.compiler.ir.RuntimeOp;
import dev.molt.compiler.ir.SourceSpan;
import dev.molt.compiler.ir.Terminator;
import dev.molt.compiler.ir.Type;
import dev.molt.compiler.ir.Value;
import java.util.ArrayList;
import java.util.List;

/** Lowers expressions to boxed {@code obj} values, evaluated left to right as CPython does. */
final class ExpressionLowering {
    private final FunctionLowering function;
    private final FunctionBuilder builder;
    private final ModuleNames names;

    ExpressionLowering(FunctionLowering function, FunctionBuilder builder, ModuleNames names) {
        this.function = function;
        this.builder = builder;
        this.names = names;
    }

    Value lower(Expr e) {
        SourceSpan where = function.span(e);
        if (e instanceof Expr.Constant c) {
            return constant(c.value(), where);
        } else if (e instanceof Expr.Name n) {
            return function.load(n.id(), where);
        } else if (e instanceof Expr.BinOp b) {
            Value left = lower(b.left());
            Value right = lower(b.right());
            return binary(b.op(), left, right, where);
        } else if (e instanceof Expr.UnaryOp u) {
            Value operand = lower(u.operand());
            RuntimeOp op = switch (u.op()) {
                case Not -> RuntimeOp.NOT;
                case USub -> RuntimeOp.NEG;
                case UAdd -> RuntimeOp.POS;
                case Invert -> RuntimeOp.INVERT;
            };
            return op(op, where, operand);
        } else if (e instanceof Expr.Compare c) {
            return compare(c, where);
        } else if (e instanceof Expr.BoolOp b) {
            return boolOp(b, where);
        } else if (e instanceof Expr.IfExp i) {
            return conditional(i, where);
        } else if (e instanceof Expr.Call c) {
            return call(c, where);
        }
        throw new UnsupportedConstruct(where, AstNames.describe(e));
    }

    Value binary(Operator operator, Value left, Value right, SourceSpan where) {
        RuntimeOp op = switch (operator) {
            case Add -> RuntimeOp.ADD;
            case Sub -> RuntimeOp.SUB;
            case Mult -> RuntimeOp.MUL;
            case Div -> RuntimeOp.TRUEDIV;
            case FloorDiv -> RuntimeOp.FLOORDIV;
            case Mod -> RuntimeOp.MOD;
            case Pow -> RuntimeOp.POW;
            case LShift -> RuntimeOp.LSHIFT;
            case RShift -> RuntimeOp.RSHIFT;
            case BitAnd -> RuntimeOp.BITAND;
            case BitOr -> RuntimeOp.BITOR;
            case BitXor -> RuntimeOp.BITXOR;
            case MatMult -> throw new UnsupportedConstruct(where, "operator @");
        };
        return op(op, where, left, right);
    }

    Value truth(Value value, SourceSpan where) {
        return builder.append(new Insn.Op(builder.newValue(Type.BOOL), RuntimeOp.TRUTH, List.of(value), where));
    }

    private Value op(RuntimeOp op, SourceSpan where, Value... operands) {
        return builder.append(new Insn.Op(builder.newValue(op.resultType()), op, List.of(operands), where));
    }

    private Value constant(ConstantValue value, SourceSpan where) {
        Value result = builder.newValue(Type.OBJ);
        if (value instanceof ConstantValue.Int i) {
            return builder.append(new Insn.ConstInt(result, i.value(), where));
        } else if (value instanceof ConstantValue.Float f) {
            return builder.append(new Insn.ConstFloat(result, f.value(), where));
        } else if (value instanceof ConstantValue.Bool b) {
            return builder.append(new Insn.ConstSingleton(result, b.value() ? Insn.Singleton.TRUE : Insn.Singleton.FALSE, where));
        } else if (value instanceof ConstantValue.None) {
            return builder.append(new Insn.ConstSingleton(result, Insn.Singleton.NONE, where));
        } else if (value instanceof ConstantValue.Str s) {
            StringBuilder text = new StringBuilder();
            for (int cp : s.codePoints()) {
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    throw new UnsupportedConstruct(where, "str literal with a lone surrogate");
                }
                text.appendCodePoint(cp);
            }
            return builder.append(new Insn.ConstStr(result, text.toString(), where));
        }
        throw new UnsupportedConstruct(where, "constant of this type");
    }

    private Value compare(Expr.Compare c, SourceSpan where) {
        Value left = lower(c.left());
        if (c.ops().size() == 1) {
            return op(compareOp(c.ops().get(0), where), where, left, lower(c.comparators().get(0)));
        }
        // a < b < c: each comparison's result is the value unless it is false (then evaluation stops).
        String slot = function.temporary();
        int end = builder.newBlock();
        for (int i = 0; i < c.ops().size(); i++) {
            Value right = lower(c.comparators().get(i));
            Value result = op(compareOp(c.ops().get(i), where), where, left, right);
            builder.append(new Insn.StoreLocal(slot, result, where));
            if (i == c.ops().size() - 1) {
                builder.terminate(new Terminator.Jump(end, where));
            } else {
                int next = builder.newBlock();
                builder.terminate(new Terminator.Branch(truth(result, where), next, end, where));
                builder.startBlock(next, where);
            }
            left = right;
        }
        builder.startBlock(end, where);
        return builder.append(new Insn.LoadLocal(builder.newValue(Type.OBJ), slot, where));
    }

    private static RuntimeOp compareOp(CmpOperator op, SourceSpan where) {
        return switch (op) {
            case Eq -> RuntimeOp.EQ;
            case NotEq -> RuntimeOp.NE;
            case Lt -> RuntimeOp.LT;
            case LtE -> RuntimeOp.LE;
            case Gt -> RuntimeOp.GT;
            case GtE -> RuntimeOp.GE;
            case Is -> RuntimeOp.IS;
            case IsNot -> RuntimeOp.IS_NOT;
            case In, NotIn -> throw new UnsupportedConstruct(where, "operator in / not in");
        };
    }

    private Value boolOp(Expr.BoolOp b, SourceSpan where) {
        String slot = function.temporary();
        int end = builder.newBlock();
        for (int i = 0; i < b.values().size(); i++) {
            Value value = lower(b.values().get(i));
            builder.append(new Insn.StoreLocal(slot, value, where));
            if (i == b.values().size() - 1) {
                builder.terminate(new Terminator.Jump(end, where));
            } else {
                int next = builder.newBlock();
                Value t = truth(value, where);
                builder.terminate(b.op() == BoolOperator.And
                        ? new Terminator.Branch(t, next, end, where)
                        : new Terminator.Branch(t, end, next, where));
                builder.startBlock(next, where);
            }
        }
        builder.startBlock(end, where);
        return builder.append(new Insn.LoadLocal(builder.newValue(Type.OBJ), slot, where));
    }

    private Value conditional(Expr.IfExp i, SourceSpan where) {
        String slot = function.temporary();
        int then = builder.newBlock();
        int otherwise = builder.newBlock();
        int end = builder.newBlock();
        builder.terminate(new Terminator.Branch(truth(lower(i.test()), where), then, otherwise, where));
        builder.startBlock(then, where);
        builder.append(new Insn.StoreLocal(slot, lower(i.body()), where));
        builder.terminate(new Terminator.Jump(end, where));
        builder.startBlock(otherwise, where);
        builder.append(new Insn.StoreLocal(slot, lower(i.orelse()), where));
        builder.startBlock(end, where);
        return builder.append(new Insn.LoadLocal(builder.newValue(Type.OBJ), slot, where));
    }

    private Value call(Expr.Call c, SourceSpan where) {
        if (!(c.func() instanceof Expr.Name callee) || function.isLocal(callee.id(), where)) {
            throw new UnsupportedConstruct(where, "call of a computed or local callee");
        }
        if (!c.keywords().isEmpty()) {
            throw new UnsupportedConstruct(where, "keyword arguments");
        }
        String name = callee.id();
        if (names.isPrint(name)) {
            List<Value> args = arguments(c);
            return builder.append(new Insn.Print(builder.newValue(Type.OBJ), args, where));
        }
        if (names.isFunction(name)) {
            int arity = names.functions().get(name);
            if (arity != c.args().size()) {
                throw new UnsupportedConstruct(where, "call of '" + name + "' with " + c.args().size()
                        + " arguments (it takes " + arity + ")");
            }
            function.loadGlobal(name, where);
            List<Value> args = arguments(c);
            return builder.append(new Insn.Call(builder.newValue(Type.OBJ), name, args, where));
        }
        if (names.isMissingBuiltin(name)) {
            throw new UnsupportedConstruct(where, "builtin '" + name + "'");
        }
        if (!names.assignedGlobals().contains(name)) {
            return function.loadGlobal(name, where); // never bound: the load raises NameError
        }
        throw new UnsupportedConstruct(where, "call of a non-function value '" + name + "'");
    }

    private List<Value> arguments(Expr.Call c) {
        List<Value> values = new ArrayList<>();
        for (Expr arg : c.args()) {
            if (arg instanceof Expr.Starred) {
                throw new UnsupportedConstruct(function.span(arg), "starred arguments");
            }
            values.add(lower(arg));
        }
        return values;
    }
}
