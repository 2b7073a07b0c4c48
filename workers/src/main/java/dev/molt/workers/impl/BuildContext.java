package dev.molt.workers.impl;

import dev.molt.workers.sandbox.Limits;
import dev.molt.workers.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a build may use: a sandbox for trusted tools (no read-only file system, so it can write its
 * artifact), limits, the run environment and a private directory for this test's artifacts.
 */
public record BuildContext(Sandbox tools, Limits limits, Map<String, String> environment, Path artifactDir) {
}
