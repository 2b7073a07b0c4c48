package dev.molt.compiler.ir;

import java.util.List;
import java.util.stream.Collectors;

/** The IR's stable text form: what `molt debug ir` prints and what tests compare. */
public final class IrPrinter {
    private IrPrinter() {
    }

    public static String print(IrModule module) {
        StringBuilder out = new StringBuilder();
        out.append("module \"").append(module.file()).append("\"\n");
        out.append("globals [").append(String.join(", ", module.globals())).append("]\n");
        for (IrFunction function : module.functions()) {
            out.append('\n').append(print(function));
        }
        return out.toString();
    }

    public static String print(IrFunction function) {
        StringBuilder out = new StringBuilder();
        out.append("func ").append(function.name()).append('(').append(String.join(", ", function.parameters()))
                .append(") locals [").append(String.join(", ", function.locals())).append("]\n");
        for (BasicBlock block : function.blocks()) {
            out.append(block.label()).append(":\n");
            for (Insn insn : block.insns()) {
                line(out, insn(insn), insn.span());
            }
            line(out, terminator(block.terminator()), block.terminator().span());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text, SourceSpan span) {
        out.append("  ").append(text);
        out.append(" ".repeat(Math.max(1, 40 - text.length()))).append("; ").append(span.line()).append(':')
                .append(span.column()).append('\n');
    }

    static String insn(Insn insn) {
        String body;
        if (insn instanceof Insn.ConstInt c) {
            body = "const.int " + c.value();
        } else if (insn instanceof Insn.ConstFloat c) {
            body = "const.float " + Double.toString(c.value());
        } else if (insn instanceof Insn.ConstStr c) {
            body = "const.str " + quote(c.value());
        } else if (insn instanceof Insn.ConstSingleton c) {
            body = "const." + c.value().name().toLowerCase(java.util.Locale.ROOT);
        } else if (insn instanceof Insn.Op o) {
            body = o.op().text() + " " + values(o.operands());
        } else if (insn instanceof Insn.Print p) {
            body = "print " + values(p.operands());
        } else if (insn instanceof Insn.Call c) {
            body = "call " + c.function() + "(" + values(c.operands()) + ")";
        } else if (insn instanceof Insn.LoadLocal l) {
            body = "load.local " + l.name();
        } else if (insn instanceof Insn.StoreLocal s) {
            body = "store.local " + s.name() + ", " + s.value();
        } else if (insn instanceof Insn.LoadGlobal l) {
            body = "load.global " + l.name();
        } else if (insn instanceof Insn.StoreGlobal s) {
            body = "store.global " + s.name() + ", " + s.value();
        } else if (insn instanceof Insn.Decref d) {
            body = "decref " + d.value();
        } else {
            throw new IllegalStateException(insn.toString());
        }
        Value result = insn.result();
        return result == null ? body : result + ": " + result.type().text() + " = " + body;
    }

    static String terminator(Terminator terminator) {
        if (terminator instanceof Terminator.Jump j) {
            return "jump b" + j.target();
        }
        if (terminator instanceof Terminator.Branch b) {
            return "branch " + b.condition() + ", b" + b.ifTrue() + ", b" + b.ifFalse();
        }
        return "return " + ((Terminator.Return) terminator).value();
    }

    private static String values(List<Value> values) {
        return values.stream().map(Value::toString).collect(Collectors.joining(", "));
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
