package dev.molt.workers.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {
    @Test
    void splitsOnceThenSubstitutesInsideWords() {
        CommandTemplate t = CommandTemplate.parse("sh -c 'sleep 1; exec py \"$0\"' {src} --out={exe}.bin");
        assertEquals(List.of("sh", "-c", "sleep 1; exec py \"$0\"", "/a b/t.py", "--out=/x/p.bin"),
                t.expand(Map.of("src", "/a b/t.py", "exe", "/x/p")));
    }

    @Test
    void rejectsUnknownPlaceholdersAndBadQuoting() {
        assertThrows(IllegalArgumentException.class, () -> CommandTemplate.parse("py {srcc}").expand(Map.of("src", "x")));
        assertThrows(IllegalArgumentException.class, () -> CommandTemplate.parse("py 'open"));
        assertThrows(IllegalArgumentException.class, () -> CommandTemplate.parse("   "));
    }
}
