package dev.molt.backends.toolchain;

/** The bundled toolchain could not be found, started, or refused its input (with clang's messages). */
public final class ToolchainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToolchainException(String message) {
        super(message);
    }

    public ToolchainException(String message, Throwable cause) {
        super(message, cause);
    }
}
