package dev.molt.workers.corpus;

/** A test, manifest or metadata line the harness cannot use; the message names the file and line. */
public final class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }
}
