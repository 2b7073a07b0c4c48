package dev.molt.cli.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.molt.cli.Molt;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * End to end: {@code molt diff} with its default implementation (Molt's own {@code molt build}) over the
 * compiled-subset programs of the basic corpus ({@code tests/differential/basic/compiled_*.py}), so
 * stdout, exit status and the last stderr line are compared with CPython by the workers' one comparison.
 */
class CompiledProgramsTest {
    private static final Path BASIC = Path.of("..", "tests", "differential", "basic");

    @Test
    void everyCompiledSubsetProgramMatchesCPython(@TempDir Path root) throws IOException {
        List<String> programs;
        try (Stream<Path> files = Files.list(BASIC)) {
            programs = files.filter(p -> p.getFileName().toString().startsWith("compiled_"))
                    .map(p -> p.toAbsolutePath().normalize().toString()).sorted().toList();
        }
        assertEquals(true, programs.size() >= 15, "programs: " + programs);

        CommandLine cli = Molt.commandLine();
        DiffCommand diff = cli.getSubcommands().get("diff").getCommand();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("MOLT_DIFF_ROOT", root.toString());
        diff.environment = env;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = Stream.concat(Stream.of("diff", "--progress", "lines", "--build-profile", "dev"),
                programs.stream()).toArray(String[]::new);
        int status = cli.execute(args);

        JsonNode summary = new ObjectMapper().readTree(root.resolve("summary.json").toFile());
        assertEquals(programs.size(), summary.path("counts").path("pass").asInt(),
                "summary: " + summary.path("counts") + "\nfailures: " + Files.readString(root.resolve("failures.txt"))
                        + "\n" + out + err);
        assertEquals(0, status, out + "\n" + err);
    }
}
