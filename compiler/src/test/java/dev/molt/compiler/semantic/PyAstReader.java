package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Alias;
import dev.molt.compiler.ast.Arg;
import dev.molt.compiler.ast.Arguments;
import dev.molt.compiler.ast.BoolOperator;
import dev.molt.compiler.ast.CmpOperator;
import dev.molt.compiler.ast.Comprehension;
import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.ExceptHandler;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.Keyword;
import dev.molt.compiler.ast.MatchCase;
import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Operator;
import dev.molt.compiler.ast.Pattern;
import dev.molt.compiler.ast.Span;
import dev.molt.compiler.ast.Stmt;
import dev.molt.compiler.ast.TypeIgnore;
import dev.molt.compiler.ast.TypeParam;
import dev.molt.compiler.ast.UnaryOperator;
import dev.molt.compiler.ast.WithItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the AST serialization written by {@code src/test/python/symtable_oracle.py}, so the symbol
 * table can be tested on CPython's own trees independently of our parser. Test code only.
 */
final class PyAstReader {
    private final String text;
    private int pos;

    private PyAstReader(String text) {
        this.text = text;
    }

    static Module read(String text) {
        return (Module) new PyAstReader(text).value();
    }

    private void skipSpace() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            String cls = word();
            List<Object> fields = new ArrayList<>();
            while (true) {
                skipSpace();
                if (text.charAt(pos) == ')') {
                    pos++;
                    return NodeFactory.make(cls, fields);
                }
                fields.add(value());
            }
        }
        if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (text.charAt(pos) == ']') {
                    pos++;
                    return items;
                }
                items.add(value());
            }
        }
        if (c == '"') {
            return string();
        }
        if (c == 'S' && text.charAt(pos + 1) == '"') {
            pos++;
            return new ConstantValue.Str(string().codePoints().toArray());
        }
        String word = word();
        if (word.equals("_")) {
            return null;
        }
        if (word.equals("N")) {
            return new ConstantValue.None();
        }
        if (word.startsWith("#")) {
            return constant(word.charAt(1), word.substring(2));
        }
        if (Character.isDigit(word.charAt(0)) || word.charAt(0) == '-') {
            return Integer.parseInt(word);
        }
        return new Bare(word);
    }

    record Bare(String name) {
    }

    private static ConstantValue constant(char type, String text) {
        return switch (type) {
            case 'T' -> new ConstantValue.Bool(true);
            case 'F' -> new ConstantValue.Bool(false);
            case 'E' -> new ConstantValue.Ellipsis();
            case 'I' -> new ConstantValue.Int(new BigInteger(text));
            case 'D' -> new ConstantValue.Float(hexFloat(text));
            case 'J' -> new ConstantValue.Imaginary(hexFloat(text));
            case 'B' -> new ConstantValue.Bytes(HexFormat.of().parseHex(text));
            default -> throw new IllegalArgumentException("unknown constant #" + type + text);
        };
    }

    /** Python's float.hex(): "0x1.8p+1", "inf", "-inf", "nan". */
    private static double hexFloat(String text) {
        return switch (text) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && " ()[]".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
    }

    /** Builds records from positional fields (CPython field order, then the four position ints). */
    private static final class NodeFactory {
        private final List<Object> f;

        private NodeFactory(List<Object> f) {
            this.f = f;
        }

        static Object make(String cls, List<Object> fields) {
            return new NodeFactory(fields).build(cls);
        }

        private String s(int i) {
            return (String) f.get(i);
        }

        private int n(int i) {
            return (Integer) f.get(i);
        }

        private Expr e(int i) {
            return (Expr) f.get(i);
        }

        @SuppressWarnings("unchecked")
        private <T> List<T> l(int i) {
            return (List<T>) f.get(i);
        }

        private String bare(int i) {
            return ((Bare) f.get(i)).name();
        }

        private ExprContext ctx(int i) {
            return ExprContext.valueOf(bare(i));
        }

        private Span span() {
            int k = f.size() - 4;
            return new Span(n(k), n(k + 1), n(k + 2), n(k + 3));
        }

        private Object build(String cls) {
            return switch (cls) {
                case "Module" -> new Module(l(0), l(1));
                case "FunctionDef" -> new Stmt.FunctionDef(s(0), (Arguments) f.get(1), l(2), l(3), e(4), s(5), l(6), span());
                case "AsyncFunctionDef" -> new Stmt.AsyncFunctionDef(s(0), (Arguments) f.get(1), l(2), l(3), e(4), s(5), l(6), span());
                case "ClassDef" -> new Stmt.ClassDef(s(0), l(1), l(2), l(3), l(4), l(5), span());
                case "Return" -> new Stmt.Return(e(0), span());
                case "Delete" -> new Stmt.Delete(l(0), span());
                case "Assign" -> new Stmt.Assign(l(0), e(1), s(2), span());
                case "TypeAlias" -> new Stmt.TypeAlias(e(0), l(1), e(2), span());
                case "AugAssign" -> new Stmt.AugAssign(e(0), Operator.valueOf(bare(1)), e(2), span());
                case "AnnAssign" -> new Stmt.AnnAssign(e(0), e(1), e(2), n(3), span());
                case "For" -> new Stmt.For(e(0), e(1), l(2), l(3), s(4), span());
                case "AsyncFor" -> new Stmt.AsyncFor(e(0), e(1), l(2), l(3), s(4), span());
                case "While" -> new Stmt.While(e(0), l(1), l(2), span());
                case "If" -> new Stmt.If(e(0), l(1), l(2), span());
                case "With" -> new Stmt.With(l(0), l(1), s(2), span());
                case "AsyncWith" -> new Stmt.AsyncWith(l(0), l(1), s(2), span());
                case "Match" -> new Stmt.Match(e(0), l(1), span());
                case "Raise" -> new Stmt.Raise(e(0), e(1), span());
                case "Try" -> new Stmt.Try(l(0), l(1), l(2), l(3), span());
                case "TryStar" -> new Stmt.TryStar(l(0), l(1), l(2), l(3), span());
                case "Assert" -> new Stmt.Assert(e(0), e(1), span());
                case "Import" -> new Stmt.Import(l(0), span());
                case "ImportFrom" -> new Stmt.ImportFrom(s(0), l(1), f.get(2) == null ? 0 : n(2), span());
                case "Global" -> new Stmt.Global(l(0), span());
                case "Nonlocal" -> new Stmt.Nonlocal(l(0), span());
                case "Expr" -> new Stmt.Expr(e(0), span());
                case "Pass" -> new Stmt.Pass(span());
                case "Break" -> new Stmt.Break(span());
                case "Continue" -> new Stmt.Continue(span());
                default -> buildExpr(cls);
            };
        }

        private Object buildExpr(String cls) {
            return switch (cls) {
                case "BoolOp" -> new Expr.BoolOp(BoolOperator.valueOf(bare(0)), l(1), span());
                case "NamedExpr" -> new Expr.NamedExpr(e(0), e(1), span());
                case "BinOp" -> new Expr.BinOp(e(0), Operator.valueOf(bare(1)), e(2), span());
                case "UnaryOp" -> new Expr.UnaryOp(UnaryOperator.valueOf(bare(0)), e(1), span());
                case "Lambda" -> new Expr.Lambda((Arguments) f.get(0), e(1), span());
                case "IfExp" -> new Expr.IfExp(e(0), e(1), e(2), span());
                case "Dict" -> new Expr.Dict(l(0), l(1), span());
                case "Set" -> new Expr.Set(l(0), span());
                case "ListComp" -> new Expr.ListComp(e(0), l(1), span());
                case "SetComp" -> new Expr.SetComp(e(0), l(1), span());
                case "DictComp" -> new Expr.DictComp(e(0), e(1), l(2), span());
                case "GeneratorExp" -> new Expr.GeneratorExp(e(0), l(1), span());
                case "Await" -> new Expr.Await(e(0), span());
                case "Yield" -> new Expr.Yield(e(0), span());
                case "YieldFrom" -> new Expr.YieldFrom(e(0), span());
                case "Compare" -> new Expr.Compare(e(0), cmpOps(l(1)), l(2), span());
                case "Call" -> new Expr.Call(e(0), l(1), l(2), span());
                case "FormattedValue" -> new Expr.FormattedValue(e(0), n(1), e(2), span());
                case "JoinedStr" -> new Expr.JoinedStr(l(0), span());
                case "Constant" -> new Expr.Constant((ConstantValue) f.get(0), s(1), span());
                case "Attribute" -> new Expr.Attribute(e(0), s(1), ctx(2), span());
                case "Subscript" -> new Expr.Subscript(e(0), e(1), ctx(2), span());
                case "Starred" -> new Expr.Starred(e(0), ctx(1), span());
                case "Name" -> new Expr.Name(s(0), ctx(1), span());
                case "List" -> new Expr.List(l(0), ctx(1), span());
                case "Tuple" -> new Expr.Tuple(l(0), ctx(1), span());
                case "Slice" -> new Expr.Slice(e(0), e(1), e(2), span());
                default -> buildOther(cls);
            };
        }

        private Object buildOther(String cls) {
            return switch (cls) {
                case "MatchValue" -> new Pattern.MatchValue(e(0), span());
                case "MatchSingleton" -> new Pattern.MatchSingleton((ConstantValue) f.get(0), span());
                case "MatchSequence" -> new Pattern.MatchSequence(l(0), span());
                case "MatchMapping" -> new Pattern.MatchMapping(l(0), l(1), s(2), span());
                case "MatchClass" -> new Pattern.MatchClass(e(0), l(1), l(2), l(3), span());
                case "MatchStar" -> new Pattern.MatchStar(s(0), span());
                case "MatchAs" -> new Pattern.MatchAs((Pattern) f.get(0), s(1), span());
                case "MatchOr" -> new Pattern.MatchOr(l(0), span());
                case "TypeVar" -> new TypeParam.TypeVar(s(0), e(1), span());
                case "ParamSpec" -> new TypeParam.ParamSpec(s(0), span());
                case "TypeVarTuple" -> new TypeParam.TypeVarTuple(s(0), span());
                case "arguments" -> new Arguments(l(0), l(1), (Arg) f.get(2), l(3), l(4), (Arg) f.get(5), l(6));
                case "arg" -> new Arg(s(0), e(1), s(2), span());
                case "keyword" -> new Keyword(s(0), e(1), span());
                case "alias" -> new Alias(s(0), s(1), span());
                case "withitem" -> new WithItem(e(0), e(1));
                case "match_case" -> new MatchCase((Pattern) f.get(0), e(1), l(2));
                case "comprehension" -> new Comprehension(e(0), e(1), l(2), n(3));
                case "ExceptHandler" -> new ExceptHandler(e(0), s(1), l(2), span());
                case "TypeIgnore" -> new TypeIgnore(n(0), s(1));
                default -> throw new IllegalArgumentException("unknown node " + cls);
            };
        }

        private static List<CmpOperator> cmpOps(List<Object> bares) {
            List<CmpOperator> ops = new ArrayList<>();
            for (Object bare : bares) {
                ops.add(CmpOperator.valueOf(((Bare) bare).name()));
            }
            return ops;
        }
    }
}
