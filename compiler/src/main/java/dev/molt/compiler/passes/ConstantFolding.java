package dev.molt.compiler.passes;

import dev.molt.compiler.ir.BasicBlock;
import dev.molt.compiler.ir.Insn;
import dev.molt.compiler.ir.IrFunction;
import dev.molt.compiler.ir.IrModule;
import dev.molt.compiler.ir.RuntimeOp;
import dev.molt.compiler.ir.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds int arithmetic on int constants into a constant, exactly as Python computes it (arbitrary
 * precision, floor division and modulo). Results are capped in size, as CPython's own folder does, and
 * operations that would raise (division by zero, negative shifts, negative powers) are left to run time.
 * The operands' constants stay; the LLVM optimizer drops the unused ones.
 */
public final class ConstantFolding implements Pass {
    /** Bits of a folded result; larger values are computed at run time. */
    private static final int MAX_BITS = 4096;

    @Override
    public String name() {
        return "fold-constants";
    }

    @Override
    public IrModule run(IrModule module) {
        List<IrFunction> functions = new ArrayList<>();
        for (IrFunction f : module.functions()) {
            functions.add(fold(f));
        }
        return module.withFunctions(functions);
    }

    private static IrFunction fold(IrFunction f) {
        Map<Value, BigInteger> known = new HashMap<>();
        List<BasicBlock> blocks = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            List<Insn> insns = new ArrayList<>();
            for (Insn insn : b.insns()) {
                Insn folded = fold(insn, known);
                if (folded instanceof Insn.ConstInt c) {
                    known.put(c.result(), c.value());
                }
                insns.add(folded);
            }
            blocks.add(new BasicBlock(b.id(), insns, b.terminator()));
        }
        return f.withBlocks(blocks);
    }

    private static Insn fold(Insn insn, Map<Value, BigInteger> known) {
        if (!(insn instanceof Insn.Op o)) {
            return insn;
        }
        List<BigInteger> args = new ArrayList<>();
        for (Value v : o.operands()) {
            BigInteger k = known.get(v);
            if (k == null) {
                return insn;
            }
            args.add(k);
        }
        BigInteger result = evaluate(o.op(), args);
        if (result == null || result.bitLength() > MAX_BITS) {
            return insn;
        }
        return new Insn.ConstInt(o.result(), result, o.span());
    }

    /** The value, or null when the operation is not folded (it might raise, or is not int → int). */
    static BigInteger evaluate(RuntimeOp op, List<BigInteger> a) {
        BigInteger x = a.get(0);
        BigInteger y = a.size() > 1 ? a.get(1) : null;
        return switch (op) {
            case ADD -> x.add(y);
            case SUB -> x.subtract(y);
            case MUL -> x.bitLength() + y.bitLength() > MAX_BITS ? null : x.multiply(y);
            case FLOORDIV -> y.signum() == 0 ? null : floorDiv(x, y);
            case MOD -> y.signum() == 0 ? null : x.subtract(floorDiv(x, y).multiply(y));
            case POW -> y.signum() < 0 || y.bitLength() > 31 || (long) x.bitLength() * y.longValue() > MAX_BITS
                    ? null : x.pow(y.intValueExact());
            case LSHIFT -> y.signum() < 0 || y.compareTo(BigInteger.valueOf(MAX_BITS)) > 0 ? null : x.shiftLeft(y.intValueExact());
            case RSHIFT -> y.signum() < 0 ? null : y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0)
                    : x.shiftRight(y.intValueExact());
            case BITAND -> x.and(y);
            case BITOR -> x.or(y);
            case BITXOR -> x.xor(y);
            case NEG -> x.negate();
            case POS -> x;
            case INVERT -> x.not();
            default -> null;
        };
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        return qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
