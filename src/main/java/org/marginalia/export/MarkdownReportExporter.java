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
 * Writes the same report as {@link HtmlReportExporter} in Markdown (CommonMark with GitHub tables and
 * strikethrough): removed words are ~~struck through~~, added ones **bold**.
 */
public final class MarkdownReportExporter {

    private final Map<Long, String> citations;

    /** @param citations each passage's citation by passage id, in the style chosen for this export */
    public MarkdownReportExporter(Map<Long, String> citations) {
        this.citations = Map.copyOf(citations);
    }

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
        w.write("# " + escape(snapshot.projectName()) + "\n\n");
        w.write(snapshot.documents().size() + " sources, " + snapshot.annotations().size() + " passages, "
                + snapshot.links().size() + " links.\n\n");
        w.write("## Codebook\n\n| Tag | Passages | Description |\n|---|---:|---|\n");
        List<ReportModel.TagEntry> codebook = model.codebook();
        for (ReportModel.TagEntry entry : codebook) {
            w.write("| " + cell(entry.path()) + " | " + entry.passages().size() + " | "
                    + cell(entry.tag().description()) + " |\n");
        }
        for (StatsTable figure : figures) {
            w.write("\n## " + escape(figure.title()) + "\n\n|");
            for (String heading : figure.header()) {
                w.write(" " + cell(heading) + " |");
            }
            w.write("\n|---|" + "---:|".repeat(figure.header().size() - 1) + "\n");
            for (List<String> row : figure.rows()) {
                w.write("|");
                for (String value : row) {
                    w.write(" " + cell(value) + " |");
                }
                w.write("\n");
            }
        }
        w.write("\n## Passages by tag\n\n");
        for (ReportModel.TagEntry entry : codebook) {
            w.write("### " + escape(entry.path()) + "\n\n");
            if (entry.passages().isEmpty()) {
                w.write("No passages.\n\n");
            }
            for (Annotation passage : entry.passages()) {
                passage(w, model, passage);
            }
        }
        if (!model.untagged().isEmpty()) {
            w.write("### Untagged passages\n\n");
            for (Annotation passage : model.untagged()) {
                passage(w, model, passage);
            }
        }
        notes(w, model.notes());
        w.write("## Linked passages\n\n");
        List<ReportModel.Pair> pairs = model.pairs(diffsByLinkId);
        if (pairs.isEmpty()) {
            w.write("No links.\n\n");
        }
        for (ReportModel.Pair pair : pairs) {
            w.write("### " + escape(model.sourceTitle(pair.from())) + " *" + pair.link().relation().word() + "* "
                    + escape(model.sourceTitle(pair.to())) + "\n\n| | |\n|---|---|\n| " + cell(pair.from().quote())
                    + " | " + cell(pair.to().quote()) + " |\n| " + cell(model.citation(pair.from())) + " | "
                    + cell(model.citation(pair.to())) + " |\n\n");
            if (!pair.link().note().isBlank()) {
                w.write("*" + escape(pair.link().note()) + "*\n\n");
            }
            if (pair.diff().isPresent()) {
                w.write((pair.diff().get().isIdentical() ? "Identical wording: " : "Word difference: ")
                        + diff(pair.diff().get()) + "\n\n");
            }
        }
        w.flush();
    }

    private static void notes(Writer w, List<ReportModel.NoteEntry> notes) throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        w.write("## Project notes and source memos\n\n");
        for (ReportModel.NoteEntry note : notes) {
            w.write("**" + escape(note.about()) + "**  \n" + escape(note.text().strip()).replace("\n", "  \n")
                    + "\n\n");
        }
    }

    private static void passage(Writer w, ReportModel model, Annotation passage) throws IOException {
        for (String line : passage.quote().split("\n", -1)) {
            w.write("> " + escape(line) + "\n");
        }
        int page = model.page(passage);
        w.write("\n" + escape(model.sourceTitle(passage)) + (page > 0 ? ", page " + page : "") + "  \n");
        if (!passage.note().isBlank()) {
            w.write("*" + escape(passage.note().strip()).replace("\n", " ") + "*  \n");
        }
        w.write("Citation: " + escape(model.citation(passage)) + "\n\n");
    }

    static String diff(WordDiff diff) {
        StringBuilder line = new StringBuilder();
        for (WordDiff.Piece piece : diff.pieces()) {
            String text = escape(piece.text().strip());
            if (text.isEmpty()) {
                continue;
            }
            line.append(switch (piece.change()) {
                case SAME -> text;
                case REMOVED -> "~~" + text + "~~";
                case ADDED -> "**" + text + "**";
            }).append(' ');
        }
        return line.toString().strip();
    }

    static String cell(String text) {
        return escape(text).replace("\r", "").replace("\n", "<br>");
    }

    /**
     * Backslash-escapes what CommonMark could read as markup, so text stays text: inline markers anywhere, and block
     * markers (headings, lists, quotes) at the start of a line.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inline = "\\`*_[]<>|~&".indexOf(c) >= 0;
            boolean numbered = c == '.' && i > 0 && Character.isDigit(text.charAt(i - 1));
            boolean block = lineStart && ("#+-=".indexOf(c) >= 0 || numbered);
            if (inline || block) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n' || (lineStart && (c == ' ' || Character.isDigit(c)));
        }
        return out.toString();
    }
}
