package dev.molt.workers.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Durable per-test records: one JSON line per finished test in {@code ROOT/records.jsonl}, forced
 * to disk before the test counts as done, so a sweep killed at any moment can resume from exactly
 * what finished. {@code ROOT/sweep.json} holds the fingerprint of the sweep the records belong to;
 * a resume under a different fingerprint (other implementation, options or tests) is refused.
 */
final class RecordJournal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileChannel channel;
    private final Map<String, TestRecord> finished;

    private RecordJournal(FileChannel channel, Map<String, TestRecord> finished) {
        this.channel = channel;
        this.finished = finished;
    }

    static RecordJournal open(Path root, String fingerprint, boolean resume) {
        Path records = root.resolve("records.jsonl");
        Path header = root.resolve("sweep.json");
        try {
            Files.createDirectories(root);
            Map<String, TestRecord> finished = new LinkedHashMap<>();
            if (resume) {
                if (!Files.exists(header)) {
                    throw new SweepException("nothing to resume in " + root + " (no sweep.json); run without --resume");
                }
                String previous = JSON.readTree(header.toFile()).path("fingerprint").asText();
                if (!previous.equals(fingerprint)) {
                    throw new SweepException("the sweep in " + root + " was started with another implementation,"
                            + " options or test list; run without --resume to start afresh");
                }
                finished.putAll(read(records));
            } else {
                Files.deleteIfExists(records);
                JSON.writeValue(header.toFile(), Map.of("fingerprint", fingerprint));
            }
            FileChannel channel = FileChannel.open(records, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return new RecordJournal(channel, finished);
        } catch (IOException e) {
            throw new SweepException("cannot open the sweep journal in " + root + ": " + e.getMessage());
        }
    }

    /** Records from a previous run of this sweep, by test id (the latest record of each test). */
    Map<String, TestRecord> finished() {
        return Map.copyOf(finished);
    }

    synchronized void append(TestRecord record) {
        try {
            byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
            finished.put(record.id(), record);
        } catch (IOException e) {
            throw new SweepException("cannot append to the sweep journal: " + e.getMessage());
        }
    }

    /** A line cut short by a kill mid-write is ignored: that test simply runs again. */
    private static Map<String, TestRecord> read(Path records) throws IOException {
        Map<String, TestRecord> finished = new LinkedHashMap<>();
        if (!Files.exists(records)) {
            return finished;
        }
        List<String> lines = Files.readAllLines(records, StandardCharsets.UTF_8);
        for (String line : lines) {
            try {
                TestRecord record = JSON.readValue(line, TestRecord.class);
                finished.put(record.id(), record);
            } catch (IOException torn) {
                // skip
            }
        }
        return finished;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
