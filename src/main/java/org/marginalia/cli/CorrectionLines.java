package org.marginalia.cli;

import java.io.PrintWriter;
import org.marginalia.model.Document;
import org.marginalia.project.Correction;
import org.marginalia.project.PassageOutcome;
import org.marginalia.project.ReanchorReport;

/** What 'reimport' and 'correct' print about a new version of a source, the same way for both. */
final class CorrectionLines {

    private CorrectionLines() {
    }

    static void print(PrintWriter out, Document source, Correction correction) {
        ReanchorReport report = correction.report();
        out.println("kept version " + report.previous().version() + " of source " + source.id() + " ('"
                + source.title() + "')");
        out.println("exact " + report.exact());
        out.println("moved " + report.moved());
        out.println("needs review " + report.needsReview());
        if (correction.hasPages()) {
            out.println("word boxes kept " + correction.boxesKept() + ", corrected " + correction.boxesCorrected()
                    + ", dropped " + correction.boxesDropped());
        }
        for (PassageOutcome passage : report.passages()) {
            if (passage.kind() == PassageOutcome.Kind.NEEDS_REVIEW) {
                out.println(Tsv.row("review", passage.annotationId(), passage.reason()));
            }
        }
    }
}
