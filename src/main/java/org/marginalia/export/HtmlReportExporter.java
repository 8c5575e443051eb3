package org.marginalia.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.marginalia.model.Annotation;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.StatsTable;
import org.marginalia.model.WordDiff;

/**
 * Writes a self-contained HTML report (inline CSS, no scripts, nothing fetched, so it opens offline and prints): the
 * codebook with passage counts, each tag's passages with quote, source, page, note and citation, then every linked
 * pair side by side with the word difference (removed words struck through, added ones highlighted).
 */
public final class HtmlReportExporter {

    private final Map<Long, String> citations;

    /** @param citations each passage's citation by passage id, in the style chosen for this export */
    public HtmlReportExporter(Map<Long, String> citations) {
        this.citations = Map.copyOf(citations);
    }

    static final String CSS = """
            body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.5}
            h1,h2,h3{font-family:system-ui,sans-serif}
            table{border-collapse:collapse;width:100%}
            td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
            th{background:#f4f4f4;text-align:left}
            .swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #888}
            blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:4px solid #888;background:#fafafa}
            .meta{font-size:.9em;color:#555}.note{font-style:italic}.cite{font-size:.85em;color:#444}
            del{color:#a00;background:#fdd}ins{text-decoration:none;color:#060;background:#dfd}
            .passage{margin-bottom:1.2rem}""";

    /** @param diffsByLinkId the word difference of each link's two quotes, computed by the caller */
    public void write(ProjectSnapshot snapshot, Map<Long, WordDiff> diffsByLinkId, OutputStream out)
            throws IOException {
        write(snapshot, diffsByLinkId, List.of(), out);
    }

    /** @param figures tables of figures (tags by source, co-occurrence) printed after the codebook */
    public void write(ProjectSnapshot snapshot, Map<Long, WordDiff> diffsByLinkId, List<StatsTable> figures,
            OutputStream out) throws IOException {
        ReportModel model = new ReportModel(snapshot, citations);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String title = HtmlText.escape(snapshot.projectName());
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                + "</title>\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n<h1>" + title + "</h1>\n");
        w.write("<p class=\"meta\">" + snapshot.documents().size() + " sources, " + snapshot.annotations().size()
                + " passages, " + snapshot.links().size() + " links.</p>\n");
        List<ReportModel.TagEntry> codebook = model.codebook();
        w.write("<h2>Codebook</h2>\n<table>\n<tr><th>Tag</th><th>Passages</th><th>Description</th></tr>\n");
        for (ReportModel.TagEntry entry : codebook) {
            w.write("<tr><td style=\"padding-left:" + (0.5 + 1.5 * entry.depth()) + "rem\"><span class=\"swatch\" "
                    + "style=\"background:" + HtmlText.escape(entry.tag().color()) + "\"></span> "
                    + HtmlText.escape(entry.tag().name()) + "</td><td>" + entry.passages().size() + "</td><td>"
                    + HtmlText.escape(entry.tag().description()) + "</td></tr>\n");
        }
        w.write("</table>\n");
        for (StatsTable figure : figures) {
            figure(w, figure);
        }
        w.write("<h2>Passages by tag</h2>\n");
        for (ReportModel.TagEntry entry : codebook) {
            w.write("<h3>" + HtmlText.escape(entry.path()) + "</h3>\n");
            if (entry.passages().isEmpty()) {
                w.write("<p class=\"meta\">No passages.</p>\n");
            }
            for (Annotation passage : entry.passages()) {
                passage(w, model, passage);
            }
        }
        if (!model.untagged().isEmpty()) {
            w.write("<h3>Untagged passages</h3>\n");
            for (Annotation passage : model.untagged()) {
                passage(w, model, passage);
            }
        }
        List<ReportModel.NoteEntry> notes = model.notes();
        if (!notes.isEmpty()) {
            w.write("<h2>Project notes and source memos</h2>\n");
            for (ReportModel.NoteEntry note : notes) {
                w.write("<div class=\"passage\"><div class=\"meta\">" + HtmlText.escape(note.about())
                        + "</div>\n<div class=\"note\">" + HtmlText.escape(note.text()) + "</div></div>\n");
            }
        }
        List<ReportModel.Pair> pairs = model.pairs(diffsByLinkId);
        w.write("<h2>Linked passages</h2>\n");
        if (pairs.isEmpty()) {
            w.write("<p class=\"meta\">No links.</p>\n");
        }
        for (ReportModel.Pair pair : pairs) {
            pair(w, model, pair);
        }
        w.write("</body>\n</html>\n");
        w.flush();
    }

    private static void figure(Writer w, StatsTable table) throws IOException {
        w.write("<h2>" + HtmlText.escape(table.title()) + "</h2>\n<table>\n<tr>");
        for (String heading : table.header()) {
            w.write("<th>" + HtmlText.escape(heading) + "</th>");
        }
        w.write("</tr>\n");
        for (List<String> row : table.rows()) {
            w.write("<tr>");
            for (String cell : row) {
                w.write("<td>" + HtmlText.escape(cell) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</table>\n");
    }

    private static void passage(Writer w, ReportModel model, Annotation passage) throws IOException {
        int page = model.page(passage);
        w.write("<div class=\"passage\">\n<blockquote>" + HtmlText.escape(passage.quote()) + "</blockquote>\n");
        w.write("<div class=\"meta\">" + HtmlText.escape(model.sourceTitle(passage))
                + (page > 0 ? ", page " + page : "") + "</div>\n");
        if (!passage.note().isBlank()) {
            w.write("<div class=\"note\">" + HtmlText.escape(passage.note()) + "</div>\n");
        }
        w.write("<div class=\"cite\">" + HtmlText.escape(model.citation(passage)) + "</div>\n</div>\n");
    }

    private static void pair(Writer w, ReportModel model, ReportModel.Pair pair) throws IOException {
        w.write("<h3>" + HtmlText.escape(model.sourceTitle(pair.from())) + " <em>"
                + HtmlText.escape(pair.link().relation().word()) + "</em> "
                + HtmlText.escape(model.sourceTitle(pair.to())) + "</h3>\n<table>\n<tr>");
        for (Annotation side : List.of(pair.from(), pair.to())) {
            w.write("<td><blockquote>" + HtmlText.escape(side.quote()) + "</blockquote><div class=\"cite\">"
                    + HtmlText.escape(model.citation(side)) + "</div></td>");
        }
        w.write("</tr>\n</table>\n");
        if (!pair.link().note().isBlank()) {
            w.write("<p class=\"note\">" + HtmlText.escape(pair.link().note()) + "</p>\n");
        }
        if (pair.diff().isPresent()) {
            WordDiff diff = pair.diff().get();
            w.write("<p class=\"diff\">" + (diff.isIdentical() ? "Identical wording: " : "Word difference: ")
                    + HtmlText.diff(diff) + "</p>\n");
        }
    }
}
