package dev.molt.backends.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.backends.runtime.RuntimeSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledClangTest {
    @TempDir
    Path cache;

    private static SourceFile c(String text) {
        return new SourceFile("main.c", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void buildsOncePerDigestAndRunsTheExecutable() throws Exception {
        BundledClang clang = new BundledClang(cache);
        ClangJob job = new ClangJob(OutputKind.EXECUTABLE, List.of(c("#include <stdio.h>\nint main(void){puts(\"hi\");return 3;}\n")),
                List.of("-O1"));
        Path first = clang.build(job);
        long stamp = Files.getLastModifiedTime(first).toMillis();
        Path second = clang.build(job);
        assertEquals(first, second);
        assertEquals(stamp, Files.getLastModifiedTime(second).toMillis(), "served from the cache");
        Process p = new ProcessBuilder(first.toString()).start();
        assertEquals("hi", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        assertEquals(3, p.waitFor());
        ClangJob other = new ClangJob(OutputKind.EXECUTABLE, job.files(), List.of("-O2"));
        assertNotEquals(job.digest(), other.digest());
    }

    @Test
    void reportsCompilerErrors() {
        ClangJob job = new ClangJob(OutputKind.OBJECT, List.of(c("int main(void) { return x; }\n")), List.of());
        ToolchainException e = assertThrows(ToolchainException.class, () -> new BundledClang(cache).build(job));
        assertTrue(e.getMessage().contains("undeclared identifier"), e.getMessage());
    }

    @Test
    void linksTheRuntimeIntoOneBitcodeModule() throws Exception {
        Path bitcode = new BundledClang(cache).build(RuntimeSources.bitcode());
        byte[] head = Files.readAllBytes(bitcode);
        assertEquals('B', head[0]);
        assertEquals('C', head[1]);
    }
}
