package org.marginalia.project;

import java.util.List;
import org.marginalia.model.ImportReport;

/**
 * What importing another tool's project (.qdpx) brought in.
 *
 * @param warnings what was left out and why (a selection whose positions do not fit its text, a media source…)
 * @param report what came in and what did not, kind by kind, with one example each
 */
public record ProjectImport(int sourcesAdded, int sourcesAlreadyPresent, int tagsAdded, int passagesAdded,
                            int linksAdded, int notesAdded, List<String> warnings, ImportReport report) {

    /** Past this share of left-out items an import is not called a success, even though what came in is kept. */
    public static final double TOLERATED_SKIPPED_SHARE = 0.02;

    public ProjectImport {
        warnings = List.copyOf(warnings);
    }

    /** True when the file held something to import and none of it was stored. */
    public boolean storedNothing() {
        return report.taken() + report.skipped() > 0 && sourcesAdded + sourcesAlreadyPresent + tagsAdded
                + passagesAdded + linksAdded + notesAdded == 0;
    }

    /** True when too much was left out, or nothing came in, for the import to count as a success. */
    public boolean incomplete() {
        return storedNothing() || report.skippedShare() > TOLERATED_SKIPPED_SHARE;
    }
}
