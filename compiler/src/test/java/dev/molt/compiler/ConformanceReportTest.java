package dev.molt.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConformanceReportTest {
    private static final String DUMP = "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0,"
            + " end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], type_ignores=[])";

    @Test
    void categoryNamesTheEnclosingNodeAndField() {
        assertEquals("Name.col_offset", ConformanceReport.enclosingField(DUMP, DUMP.indexOf("col_offset=0") + 11));
        assertEquals("Expr.col_offset", ConformanceReport.enclosingField(DUMP, DUMP.lastIndexOf("col_offset=0") + 11));
        assertEquals("Module.body", ConformanceReport.enclosingField(DUMP, DUMP.indexOf("Expr(")));
        assertEquals("Name.ctx", ConformanceReport.enclosingField(DUMP, DUMP.indexOf("Load")));
    }

    @Test
    void summaryCountsAndShowsFirstDifference() {
        ConformanceReport report = new ConformanceReport();
        report.matched();
        report.rejectedAndMatched();
        report.mismatch(ConformanceReport.dumpDifference("a.py", DUMP, DUMP.replace("col_offset=0,", "col_offset=7,")));
        String summary = report.render();
        assertTrue(summary.startsWith("stdlib conformance: 3 files, 1 matched, 1 mismatched, 1 rejected-and-matched"),
                summary);
        assertTrue(summary.contains("1  dump differs in Name.col_offset"), summary);
        assertTrue(summary.contains("a.py: dumps differ at char " + (DUMP.indexOf("col_offset=0") + 11)), summary);
    }
}
