package dev.molt.workers.oracle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.molt.workers.sandbox.Execution;
import dev.molt.workers.sandbox.SandboxReport;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Optional;

/**
 * Oracle results on disk, one JSON file per key (sharded by the key's first two hex digits). Writes
 * go to a temporary file renamed into place, so concurrent sweeps and killed runs never leave a
 * half-written entry; an unreadable entry is treated as a miss.
 */
public final class OracleCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    public OracleCache(Path root) {
        this.root = root;
    }

    public Optional<Execution> get(String key) {
        Path entry = entry(key);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(entry.toFile());
            SandboxReport report = JSON.treeToValue(node.get("report"), SandboxReport.class);
            byte[] stdout = Base64.getDecoder().decode(node.get("stdout_b64").asText());
            return Optional.of(new Execution(report, stdout, node.get("stderr_tail").asText()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void put(String key, Execution execution) {
        Path entry = entry(key);
        try {
            Files.createDirectories(entry.getParent());
            ObjectNode node = JSON.createObjectNode();
            node.set("report", JSON.valueToTree(execution.report()));
            node.put("stdout_b64", Base64.getEncoder().encodeToString(execution.stdout()));
            node.put("stderr_tail", execution.stderrTail());
            Path temp = Files.createTempFile(entry.getParent(), key, ".tmp");
            JSON.writeValue(temp.toFile(), node);
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OracleException("cannot write the oracle cache at " + entry + ": " + e.getMessage());
        }
    }

    private Path entry(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
