package dev.molt.workers.corpus;

import java.nio.file.Path;

/**
 * One differential test: {@code id} is its stable name in records and summaries (the path relative
 * to the sweep's base directory when below it), {@code path} its absolute, normalized location.
 */
public record TestCase(String id, Path path, TestMetadata metadata) {
}
