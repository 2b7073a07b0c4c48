package dev.molt.workers.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One program to run: its argument vector, limits, environment (the whole environment: nothing is
 * inherited) and the files that receive its output.
 */
public record SandboxRequest(List<String> command, Limits limits, Map<String, String> environment,
                             Path stdout, Path stderr) {

    public SandboxRequest {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
