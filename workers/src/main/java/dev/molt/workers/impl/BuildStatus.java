package dev.molt.workers.impl;

/** How a build ended. A build exiting with status 2 reports unsupported input (Molt's convention). */
public enum BuildStatus {
    OK, NOT_NEEDED, COMPILE_ERROR, UNSUPPORTED, TIMEOUT
}
