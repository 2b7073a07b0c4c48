package dev.molt.cli;

import picocli.CommandLine;

/** {@code molt --version}: the version Maven stamped into the jar's manifest. */
final class MoltVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Molt.class.getPackage().getImplementationVersion();
        return new String[] {
            "molt " + (version == null ? "(development build)" : version),
            "targets Python 3.12; JVM " + System.getProperty("java.version")};
    }
}
