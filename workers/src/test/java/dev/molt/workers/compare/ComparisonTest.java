package dev.molt.workers.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    @Test
    void identicalBehaviourMatches() {
        assertEquals(Optional.empty(), Comparison.compare(new Observed("a\n", 0, "x"), new Observed("a\n", 0, "y")));
        assertEquals(Optional.empty(),
                Comparison.compare(new Observed("", 1, "KeyError: 'a'"), new Observed("", 1, "KeyError: 'a'")));
    }

    @Test
    void reportsTheFirstDifferingStdoutLine() {
        Difference d = Comparison.compare(new Observed("a\nb\nc\n", 0, ""), new Observed("a\nB\nc\n", 0, "")).get();
        assertEquals(Difference.Aspect.STDOUT, d.aspect());
        assertEquals(2, d.line());
        assertEquals("b", d.expected());
        assertEquals("B", d.actual());
        Difference shorter = Comparison.compare(new Observed("a\nb\n", 0, ""), new Observed("a\n", 0, "")).get();
        assertEquals(2, shorter.line());
        assertEquals(null, shorter.actual());
        assertTrue(shorter.describe().contains("end of output"), shorter.describe());
    }

    @Test
    void exitStatusThenLastStderrLineOnFailure() {
        assertEquals(Difference.Aspect.EXIT_STATUS,
                Comparison.compare(new Observed("", 1, "E"), new Observed("", 0, "")).get().aspect());
        Difference d = Comparison.compare(new Observed("", 1, "KeyError: 'a'"), new Observed("", 1, "TypeError: x"))
                .get();
        assertEquals(Difference.Aspect.STDERR, d.aspect());
        assertEquals("TypeError: x", d.actual());
    }

    @Test
    void normalizesNewlinesAndPaths() {
        Path src = Path.of("/corpus/basic/t.py");
        Normalizer all = new Normalizer(Normalization.parse("all"));
        assertEquals("a\nb\n<src> <dir>/x <tmp>/f",
                all.apply("a\r\nb\r/corpus/basic/t.py /corpus/basic/x /tmp/q/molt-sandbox-Ab12Cd/f", src));
        Normalizer none = new Normalizer(Normalization.parse("none"));
        assertEquals("a\r\n", none.apply("a\r\n", src));
        assertEquals(Normalization.parse("newlines,paths"), Normalization.parse("all"));
    }
}
