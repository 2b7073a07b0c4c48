package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** molt build / debug ir in process; the built executables run as separate processes. */
class CompileCommandsTest {
    @Test
    void buildWritesAnExecutableObjectOrLlvmIr(@TempDir Path dir) throws Exception {
        Path src = Files.writeString(dir.resolve("app.py"), "def sq(x):\n    return x * x\nprint(sq(12), 'ok')\n");
        Path exe = dir.resolve("app");
        CliRun build = CliRun.of("build", "--profile", "dev", src.toString(), "-o", exe.toString());
        assertEquals(0, build.status(), build.err());
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals("144 ok\n", new String(p.getInputStream().readAllBytes()));
        assertEquals(0, p.exitValue());

        Path ll = dir.resolve("app.ll");
        assertEquals(0, CliRun.of("build", "--emit", "llvm-ir", src.toString(), "-o", ll.toString()).status());
        assertTrue(Files.readString(ll).contains("@main("));
        Path obj = dir.resolve("app.o");
        assertEquals(0, CliRun.of("build", "--emit", "obj", src.toString(), "-o", obj.toString()).status());
        assertEquals(0x7f, Files.readAllBytes(obj)[0]); // ELF
    }

    @Test
    void unsupportedInputIsOneLineAndExitStatusTwo(@TempDir Path dir) throws Exception {
        Path src = Files.writeString(dir.resolve("app.py"), "x = 1\nfor i in x:\n    pass\n");
        CliRun r = CliRun.of("build", src.toString(), "-o", dir.resolve("app").toString());
        assertEquals(ExitStatus.USAGE, r.status());
        assertEquals(src + ":2:1: unsupported: statement For\n", r.err());
        assertTrue(Files.notExists(dir.resolve("app")));
    }

    @Test
    void syntaxErrorsAreReportedAsCPythonDoes(@TempDir Path dir) throws Exception {
        Path src = Files.writeString(dir.resolve("app.py"), "x = (1\n");
        CliRun r = CliRun.of("build", src.toString());
        assertEquals(ExitStatus.PROGRAM_ERROR, r.status());
        assertTrue(r.err().endsWith("SyntaxError: '(' was never closed\n"), r.err());
    }

    @Test
    void debugIrPrintsEachStage(@TempDir Path dir) throws Exception {
        Path src = Files.writeString(dir.resolve("app.py"), "print(2 ** 10)\n");
        CliRun pre = CliRun.of("debug", "ir", src.toString(), "--stage", "pre-midend");
        assertEquals(0, pre.status(), pre.err());
        assertTrue(pre.out().contains("pow %0, %1"), pre.out());
        CliRun post = CliRun.of("debug", "ir", src.toString());
        assertTrue(post.out().contains("const.int 1024"), post.out());
        CliRun all = CliRun.of("debug", "ir", src.toString(), "--stage", "all", "--disable-pass", "fold-constants");
        assertTrue(all.out().contains("# pre-midend") && all.out().contains("# post-midend"), all.out());
        assertEquals(ExitStatus.USAGE, CliRun.of("debug", "ir", src.toString(), "--stage", "x").status());
        assertEquals(ExitStatus.USAGE, CliRun.of("debug", "ir", src.toString(), "--disable-pass", "nope").status());
    }
}
