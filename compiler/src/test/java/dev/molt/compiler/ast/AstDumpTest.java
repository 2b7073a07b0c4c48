package dev.molt.compiler.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built trees against the strings CPython 3.12.1 prints for the same source. */
class AstDumpTest {

    private static Span at(int line, int col, int endLine, int endCol) {
        return new Span(line, col, endLine, endCol);
    }

    private static Expr.Constant integer(int value, Span span) {
        return new Expr.Constant(new ConstantValue.Int(BigInteger.valueOf(value)), null, span);
    }

    private static Module module(Stmt... body) {
        return new Module(List.of(body), List.of());
    }

    @Test
    void assignment() {
        // x = 1
        Module tree = module(new Stmt.Assign(
                List.of(new Expr.Name("x", ExprContext.Store, at(1, 0, 1, 1))),
                integer(1, at(1, 4, 1, 5)), null, at(1, 0, 1, 5)));
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,"
                + " end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5),"
                + " lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])", AstDump.dump(tree));
    }

    @Test
    void functionWithEveryKindOfParameter() {
        // def f(a, /, b: int = 2, *args, c, d=3, **kw) -> None:\n    return
        Arguments args = new Arguments(
                List.of(new Arg("a", null, null, at(1, 6, 1, 7))),
                List.of(new Arg("b", new Expr.Name("int", ExprContext.Load, at(1, 15, 1, 18)), null, at(1, 12, 1, 18))),
                new Arg("args", null, null, at(1, 25, 1, 29)),
                List.of(new Arg("c", null, null, at(1, 31, 1, 32)), new Arg("d", null, null, at(1, 34, 1, 35))),
                new ArrayList<>(Arrays.asList(null, integer(3, at(1, 36, 1, 37)))),
                new Arg("kw", null, null, at(1, 41, 1, 43)),
                List.of(integer(2, at(1, 21, 1, 22))));
        Module tree = module(new Stmt.FunctionDef("f", args, List.of(new Stmt.Return(null, at(2, 4, 2, 10))), List.of(),
                new Expr.Constant(new ConstantValue.None(), null, at(1, 48, 1, 52)), null, List.of(), at(1, 0, 2, 10)));
        assertEquals("Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6,"
                + " end_lineno=1, end_col_offset=7)], args=[arg(arg='b', annotation=Name(id='int', ctx=Load(), lineno=1,"
                + " col_offset=15, end_lineno=1, end_col_offset=18), lineno=1, col_offset=12, end_lineno=1,"
                + " end_col_offset=18)], vararg=arg(arg='args', lineno=1, col_offset=25, end_lineno=1, end_col_offset=29),"
                + " kwonlyargs=[arg(arg='c', lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), arg(arg='d',"
                + " lineno=1, col_offset=34, end_lineno=1, end_col_offset=35)], kw_defaults=[None, Constant(value=3,"
                + " lineno=1, col_offset=36, end_lineno=1, end_col_offset=37)], kwarg=arg(arg='kw', lineno=1,"
                + " col_offset=41, end_lineno=1, end_col_offset=43), defaults=[Constant(value=2, lineno=1, col_offset=21,"
                + " end_lineno=1, end_col_offset=22)]), body=[Return(lineno=2, col_offset=4, end_lineno=2,"
                + " end_col_offset=10)], decorator_list=[], returns=Constant(value=None, lineno=1, col_offset=48,"
                + " end_lineno=1, end_col_offset=52), type_params=[], lineno=1, col_offset=0, end_lineno=2,"
                + " end_col_offset=10)], type_ignores=[])", AstDump.dump(tree));
    }

    @Test
    void importFromWithoutModuleAndGlobal() {
        // from . import x as y\nglobal g
        Module tree = module(
                new Stmt.ImportFrom(null, List.of(new Alias("x", "y", at(1, 14, 1, 20))), 1, at(1, 0, 1, 20)),
                new Stmt.Global(List.of("g"), at(2, 0, 2, 8)));
        assertEquals("Module(body=[ImportFrom(names=[alias(name='x', asname='y', lineno=1, col_offset=14, end_lineno=1,"
                + " end_col_offset=20)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20),"
                + " Global(names=['g'], lineno=2, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])",
                AstDump.dump(tree));
    }

    @Test
    void operatorsAndOddConstants() {
        // b"\x00" + 1.5j
        Expr sum = new Expr.BinOp(
                new Expr.Constant(new ConstantValue.Bytes(new byte[] {0}), null, at(1, 0, 1, 7)), Operator.Add,
                new Expr.Constant(new ConstantValue.Imaginary(1.5), null, at(1, 10, 1, 14)), at(1, 0, 1, 14));
        Module tree = module(new Stmt.Expr(sum, at(1, 0, 1, 14)));
        assertEquals("Module(body=[Expr(value=BinOp(left=Constant(value=b'\\x00', lineno=1, col_offset=0, end_lineno=1,"
                + " end_col_offset=7), op=Add(), right=Constant(value=1.5j, lineno=1, col_offset=10, end_lineno=1,"
                + " end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0,"
                + " end_lineno=1, end_col_offset=14)], type_ignores=[])", AstDump.dump(tree));
    }

    @Test
    void patternsWithAbsentOptionalFields() {
        // match p:\n case {"k": _, **kw} if rest: pass  (trimmed to the nodes of interest)
        Pattern mapping = new Pattern.MatchMapping(
                List.of(new Expr.Constant(ConstantValue.Str.of("k"), null, at(2, 23, 2, 26))),
                List.of(new Pattern.MatchAs(null, null, at(2, 28, 2, 29))), "kw", at(2, 22, 2, 36));
        MatchCase matchCase = new MatchCase(mapping, null, List.of(new Stmt.Pass(at(3, 8, 3, 12))));
        assertEquals("match_case(pattern=MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=23, end_lineno=2,"
                + " end_col_offset=26)], patterns=[MatchAs(lineno=2, col_offset=28, end_lineno=2, end_col_offset=29)],"
                + " rest='kw', lineno=2, col_offset=22, end_lineno=2, end_col_offset=36), body=[Pass(lineno=3,"
                + " col_offset=8, end_lineno=3, end_col_offset=12)])", AstDump.dump(matchCase));
    }

    @Test
    void compareAndTypeIgnores() {
        // a < b is not c   with a "# type: ignore[x]" on line 3
        Expr compare = new Expr.Compare(new Expr.Name("a", ExprContext.Load, at(1, 0, 1, 1)),
                List.of(CmpOperator.Lt, CmpOperator.IsNot),
                List.of(new Expr.Name("b", ExprContext.Load, at(1, 4, 1, 5)),
                        new Expr.Name("c", ExprContext.Load, at(1, 13, 1, 14))), at(1, 0, 1, 14));
        Module tree = new Module(List.of(new Stmt.Expr(compare, at(1, 0, 1, 14))), List.of(new TypeIgnore(3, "[x]")));
        assertEquals("Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1,"
                + " end_col_offset=1), ops=[Lt(), IsNot()], comparators=[Name(id='b', ctx=Load(), lineno=1,"
                + " col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=13,"
                + " end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14),"
                + " lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[TypeIgnore(lineno=3,"
                + " tag='[x]')])", AstDump.dump(tree));
    }
}
