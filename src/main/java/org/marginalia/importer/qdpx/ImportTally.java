package org.marginalia.importer.qdpx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.marginalia.model.ImportReport;

/**
 * Counts, kind by kind, what an import took and what it left out, keeping the first example of each and every
 * reason for leaving something out (the warnings). The project layer goes on counting what storing changes.
 */
public final class ImportTally {

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, String> examples = new LinkedHashMap<>();
    private final Map<String, String> skippedExamples = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> informational = new HashSet<>();

    /** One of {@code kind} came in; {@code example} describes it (only the first is kept). */
    public void took(String kind, String example) {
        took(kind, () -> example);
    }

    /** As {@link #took(String, String)}, describing only the first: 100,000 descriptions cost seconds. */
    public void took(String kind, Supplier<String> example) {
        counts.computeIfAbsent(kind, k -> new int[2])[0]++;
        if (!examples.containsKey(kind)) {
            examples.put(kind, example.get());
        }
    }

    /** One of {@code kind} was left out, for the reason given (a sentence, also kept as a warning). */
    public void skipped(String kind, String why) {
        counts.computeIfAbsent(kind, k -> new int[2])[1]++;
        skippedExamples.putIfAbsent(kind, why);
        warnings.add(why);
    }

    /** Undoes a {@link #took} whose item could not be stored after all, and says why. */
    public void dropped(String kind, String why) {
        int[] count = counts.computeIfAbsent(kind, k -> new int[2]);
        count[0] = Math.max(0, count[0] - 1);
        skipped(kind, why);
    }

    /** A remark on things that did come in (not a loss, not counted in the totals); the first example is kept. */
    public void noted(String kind, Supplier<String> example) {
        informational.add(kind);
        took(kind, example);
    }

    public int taken(String kind) {
        return counts.getOrDefault(kind, new int[2])[0];
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public ImportReport report() {
        List<ImportReport.Line> lines = new ArrayList<>();
        counts.forEach((kind, c) -> lines.add(new ImportReport.Line(kind, c[0], c[1],
                c[0] == 0 ? "" : examples.getOrDefault(kind, ""), skippedExamples.getOrDefault(kind, ""),
                informational.contains(kind))));
        return new ImportReport(lines);
    }
}
