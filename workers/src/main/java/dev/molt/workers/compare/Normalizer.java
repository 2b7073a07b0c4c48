package dev.molt.workers.compare;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/** Applies the chosen {@link Normalization}s to program output before it is compared. */
public final class Normalizer {
    /** The launcher's per-run working directories, whatever their parent. */
    private static final Pattern WORK_DIR = Pattern.compile("/[^\\s'\"]*/molt-sandbox-[A-Za-z0-9]{6}");

    private final Set<Normalization> normalizations;

    public Normalizer(Set<Normalization> normalizations) {
        this.normalizations = Set.copyOf(normalizations);
    }

    public String apply(String text, Path source) {
        String out = text;
        if (normalizations.contains(Normalization.NEWLINES)) {
            out = out.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (normalizations.contains(Normalization.PATHS)) {
            out = out.replace(source.toString(), "<src>");
            if (source.getParent() != null) {
                out = out.replace(source.getParent().toString(), "<dir>");
            }
            out = WORK_DIR.matcher(out).replaceAll("<tmp>");
        }
        return out;
    }
}
