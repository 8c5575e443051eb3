package org.marginalia.cli;

import java.io.PrintWriter;
import org.marginalia.model.Document;
import org.marginalia.project.Correction;
import org.marginalia.project.PassageOutcome;
import org.marginalia.project.ReanchorReport;

/** What 'reimport', 'correct' and 'ocr' print about a new version of a source, the same way for all three. */
final class CorrectionLines {

    private CorrectionLines() {
    }

    /** A new version whose word boxes were carried over word by word ('reimport', 'correct'). */
    static void print(PrintWriter out, Document source, Correction correction) {
        counts(out, source, correction.report());
        if (correction.hasPages()) {
            out.println("word boxes kept " + correction.boxesKept() + ", corrected " + correction.boxesCorrected()
                    + ", dropped " + correction.boxesDropped());
        }
        reviews(out, correction.report());
    }

    /** A new version that brought its own word boxes ('ocr'). */
    static void print(PrintWriter out, Document source, ReanchorReport report) {
        counts(out, source, report);
        reviews(out, report);
    }

    private static void counts(PrintWriter out, Document source, ReanchorReport report) {
        out.println("kept version " + report.previous().version() + " of source " + source.id() + " ('"
                + source.title() + "')");
        out.println("exact " + report.exact());
        out.println("moved " + report.moved());
        out.println("needs review " + report.needsReview());
    }

    private static void reviews(PrintWriter out, ReanchorReport report) {
        for (PassageOutcome passage : report.passages()) {
            if (passage.kind() == PassageOutcome.Kind.NEEDS_REVIEW) {
                out.println(Tsv.row("review", passage.annotationId(), passage.reason()));
            }
        }
    }
}
