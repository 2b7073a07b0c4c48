package dev.molt.workers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataParserTest {
    @Test
    void readsDirectivesFromTheLeadingCommentBlock() {
        TestMetadata m = MetadataParser.parse("""
                #!/usr/bin/env python3
                # -*- coding: utf-8 -*-
                # molt: xfail exec of a runtime string
                # molt: python >= 3.12, < 3.13

                # molt: platform linux darwin
                # molt: target native
                # molt: timeout 2.5
                print(1)
                # molt: skip not a header any more
                """, "t.py");
        assertEquals(Optional.of("exec of a runtime string"), m.xfail());
        assertEquals(Optional.empty(), m.skip());
        assertEquals(2, m.python().size());
        assertEquals(List.of("linux", "darwin"), m.platforms());
        assertEquals(Optional.of(Duration.ofMillis(2500)), m.timeout());
        assertEquals(Optional.empty(), m.notApplicable(3, 12, "linux", "native"));
        assertEquals(Optional.of("needs python < 3.13"), m.notApplicable(3, 13, "linux", "native"));
        assertTrue(m.notApplicable(3, 12, "windows", "native").isPresent());
        assertTrue(m.notApplicable(3, 12, "linux", "wasm32-wasi").isPresent());
    }

    @Test
    void skipNeedsNoReasonButXfailDoes() {
        assertEquals(Optional.of("skipped by metadata"), MetadataParser.parse("# molt: skip\n", "t.py").skip());
        assertThrows(CorpusException.class, () -> MetadataParser.parse("# molt: xfail\n", "t.py"));
    }

    @Test
    void rejectsUnknownDirectivesAndBadBounds() {
        CorpusException e = assertThrows(CorpusException.class, () -> MetadataParser.parse("\n# molt: skp x\n", "t.py"));
        assertTrue(e.getMessage().startsWith("t.py:2: unknown directive 'skp'"), e.getMessage());
        assertThrows(CorpusException.class, () -> MetadataParser.parse("# molt: python 3.12\n", "t.py"));
        assertThrows(CorpusException.class, () -> MetadataParser.parse("# molt: timeout -1\n", "t.py"));
    }
}
