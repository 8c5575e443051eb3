package org.marginalia.cli;

import java.io.PrintWriter;
import org.marginalia.model.Document;
import org.marginalia.project.PassageOutcome;
import org.marginalia.project.ReanchorReport;

/** What {@code reimport} and {@code ocr} print about a new version: counts, then each passage to review. */
final class ReanchorLines {

    private ReanchorLines() {
    }

    static void print(PrintWriter out, Document source, ReanchorReport report) {
        out.println("kept version " + report.previous().version() + " of source " + source.id() + " ('"
                + source.title() + "')");
        out.println("exact " + report.exact());
        out.println("moved " + report.moved());
        out.println("needs review " + report.needsReview());
        for (PassageOutcome passage : report.passages()) {
            if (passage.kind() == PassageOutcome.Kind.NEEDS_REVIEW) {
                out.println(Tsv.row("review", passage.annotationId(), passage.reason()));
            }
        }
    }
}
