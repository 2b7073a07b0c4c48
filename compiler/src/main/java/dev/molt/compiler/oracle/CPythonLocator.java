package dev.molt.compiler.oracle;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a CPython 3.12 interpreter. Candidates, in order: an explicit path (a {@code --python}
 * value), {@code $MOLT_PYTHON}, {@code python3.12} on {@code $PATH}, then pyenv installs
 * ({@code $PYENV_ROOT} or {@code ~/.pyenv}, {@code versions/3.12*}/bin/python3.12, newest first).
 * The first that really reports version 3.12 wins; a candidate that is missing or another version
 * is skipped, and recorded for the error message if nothing qualifies. Version checks are cached
 * per locator, so asking twice runs each interpreter once.
 */
public final class CPythonLocator {
    static final String VERSION = "3.12";
    static final String EXECUTABLE_NAME = "python3.12";
    private static final String VERSION_QUERY = "import sys; print('%d.%d' % sys.version_info[:2])";

    private final Map<String, String> environment;
    private final Path userHome;
    /** Path of a checked candidate → null when it is 3.12, else why it was rejected. */
    private final Map<Path, String> rejections = new HashMap<>();

    public CPythonLocator(Map<String, String> environment, Path userHome) {
        this.environment = Map.copyOf(environment);
        this.userHome = userHome;
    }

    public static CPythonLocator fromEnvironment() {
        return new CPythonLocator(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** @param explicitPath a user-given interpreter path, or null */
    public synchronized CPython locate(String explicitPath) {
        List<String> tried = new ArrayList<>();
        for (Candidate candidate : candidates(explicitPath, tried)) {
            String rejection = check(candidate.path());
            if (rejection == null) {
                return new CPython(candidate.path());
            }
            tried.add(candidate.origin() + " " + candidate.path() + ": " + rejection);
        }
        throw new OracleUnavailableException("No CPython " + VERSION + " found; it is needed as the reference oracle."
                + " Tried: " + String.join("; ", tried)
                + ". Install CPython " + VERSION + " (e.g. `pyenv install " + VERSION + "`), or name one with"
                + " --python or the MOLT_PYTHON environment variable.");
    }

    record Candidate(String origin, Path path) {
    }

    /** Every candidate in search order; sources that offer none are noted in {@code tried}. */
    List<Candidate> candidates(String explicitPath, List<String> tried) {
        List<Candidate> candidates = new ArrayList<>();
        if (explicitPath != null && !explicitPath.isBlank()) {
            candidates.add(new Candidate("--python", Path.of(explicitPath)));
        }
        String fromEnvironment = environment.get("MOLT_PYTHON");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            candidates.add(new Candidate("$MOLT_PYTHON", Path.of(fromEnvironment)));
        } else {
            tried.add("$MOLT_PYTHON: not set");
        }
        int before = candidates.size();
        for (String directory : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path onPath = directory.isEmpty() ? null : Path.of(directory, EXECUTABLE_NAME);
            if (onPath != null && Files.isExecutable(onPath)) {
                candidates.add(new Candidate("$PATH", onPath));
            }
        }
        if (candidates.size() == before) {
            tried.add(EXECUTABLE_NAME + " on $PATH: not found");
        }
        for (Path root : pyenvRoots()) {
            List<Path> installs = pyenvInstalls(root);
            if (installs.isEmpty()) {
                tried.add("pyenv " + root.resolve("versions") + "/" + VERSION + "*: none");
            }
            for (Path install : installs) {
                candidates.add(new Candidate("pyenv", install));
            }
        }
        return candidates;
    }

    private Set<Path> pyenvRoots() {
        Set<Path> roots = new LinkedHashSet<>();
        String pyenvRoot = environment.get("PYENV_ROOT");
        if (pyenvRoot != null && !pyenvRoot.isBlank()) {
            roots.add(Path.of(pyenvRoot));
        }
        if (userHome != null) {
            roots.add(userHome.resolve(".pyenv"));
        }
        return roots;
    }

    /** {@code versions/3.12*}/bin/python3.12 under a pyenv root, newest version first. */
    private static List<Path> pyenvInstalls(Path root) {
        List<Path> versionDirectories = new ArrayList<>();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root.resolve("versions"), VERSION + "*")) {
            versions.forEach(versionDirectories::add);
        } catch (IOException e) {
            return List.of();
        }
        versionDirectories.sort(Comparator.comparing((Path p) -> p.getFileName().toString(), CPythonLocator::compareVersions)
                .reversed());
        List<Path> installs = new ArrayList<>();
        for (Path directory : versionDirectories) {
            Path executable = directory.resolve("bin").resolve(EXECUTABLE_NAME);
            if (Files.isExecutable(executable)) {
                installs.add(executable);
            }
        }
        return installs;
    }

    /**
     * Orders pyenv version names numerically ({@code 3.12.10} after {@code 3.12.9}); a suffixed
     * pre-release such as {@code 3.12.0rc1} sorts before its final release.
     */
    static int compareVersions(String left, String right) {
        String[] leftParts = numericPrefix(left).split("\\.");
        String[] rightParts = numericPrefix(right).split("\\.");
        for (int i = 0; i < Math.max(leftParts.length, rightParts.length); i++) {
            int a = i < leftParts.length ? parse(leftParts[i]) : -1;
            int b = i < rightParts.length ? parse(rightParts[i]) : -1;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        boolean leftFinal = numericPrefix(left).length() == left.length();
        boolean rightFinal = numericPrefix(right).length() == right.length();
        if (leftFinal != rightFinal) {
            return leftFinal ? 1 : -1;
        }
        return left.compareTo(right);
    }

    private static String numericPrefix(String version) {
        int end = 0;
        while (end < version.length() && (Character.isDigit(version.charAt(end)) || version.charAt(end) == '.')) {
            end++;
        }
        return version.substring(0, end);
    }

    private static int parse(String part) {
        return part.isEmpty() ? -1 : Integer.parseInt(part);
    }

    /** Null when {@code executable} is CPython 3.12, else why not; each path is run at most once. */
    private String check(Path executable) {
        Path key = executable.toAbsolutePath().normalize();
        if (rejections.containsKey(key)) {
            return rejections.get(key);
        }
        String rejection = verify(key);
        rejections.put(key, rejection);
        return rejection;
    }

    private static String verify(Path executable) {
        if (!Files.isRegularFile(executable)) {
            return "no such file";
        }
        if (!Files.isExecutable(executable)) {
            return "not executable";
        }
        try {
            String version = CPython.run(executable, VERSION_QUERY);
            return version.equals(VERSION) ? null : "reports version " + version + ", not " + VERSION;
        } catch (OracleUnavailableException e) {
            return e.getMessage();
        }
    }
}
