package dev.molt.workers.sweep;

import dev.molt.workers.compare.Difference;
import java.util.Optional;

/** A classified test: its status, a one-line explanation and the difference behind a FAIL. */
public record Verdict(Status status, String detail, Optional<Difference> difference) {
}
