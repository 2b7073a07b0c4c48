package dev.molt.cli;

import dev.molt.backends.llvm.OutputFormat;
import dev.molt.backends.llvm.Profile;

/** Parses the option values that build and run share, as usage errors. */
final class BuildOptions {
    private BuildOptions() {
    }

    static Profile profile(String text) {
        try {
            return Profile.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static OutputFormat format(String text) {
        try {
            return OutputFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
