package dev.molt.workers.sweep;

import java.util.Locale;

/** How one test ended. Everything but PASS, XFAIL and SKIP fails the sweep (XPASS included). */
public enum Status {
    PASS, FAIL, XFAIL, XPASS, COMPILE_ERROR, UNSUPPORTED, TIMEOUT, OOM, CRASH, SKIP;

    public boolean failsSweep() {
        return this != PASS && this != XFAIL && this != SKIP;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
