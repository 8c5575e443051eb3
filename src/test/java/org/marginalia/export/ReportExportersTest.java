package org.marginalia.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.marginalia.export.csl.CitationFormatter;
import org.marginalia.model.Annotation;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.CitedSource;
import org.marginalia.model.WordDiff;
import org.marginalia.model.WordDiff.Change;
import org.marginalia.model.WordDiff.Piece;

class ReportExportersTest {

    private final ProjectSnapshot snapshot = ExportFixtures.snapshot();
    private final Map<Long, WordDiff> diffs = Map.of(1L, new WordDiff(List.of(
            new Piece(Change.SAME, "perhaps Russia could be", null, null),
            new Piece(Change.REMOVED, "a member (of NATO)", null, null),
            new Piece(Change.ADDED, "an Ally", null, null))));

    @Test
    void htmlIsWellFormedSelfContainedAndShowsEveryPassageWithItsCitation() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportExporter(chicagoCitations()).write(snapshot, diffs, out);
        String html = out.toString(StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).isEmpty();
        assertThat(document.select("script, link, img, iframe, object")).isEmpty();
        assertThat(html).doesNotContain("http://", "<script").contains("https://example.org/transcript");
        List<String> quotes = document.select("blockquote").eachText();
        for (Annotation passage : snapshot.annotations()) {
            assertThat(quotes).contains(passage.quote().replaceAll("\\s+", " ").strip());
        }
        assertThat(document.select("h3").eachText()).contains("Russia / NATO <membership>");
        assertThat(document.select("tr").eachText()).anyMatch(row -> row.startsWith("NATO <membership> 2"));
        assertThat(document.select("del").eachText()).containsExactly("a member (of NATO)");
        assertThat(document.select("ins").eachText()).containsExactly("an Ally");
        assertThat(document.select(".meta").eachText()).contains("Bush and Putin meet, page 2");
        assertThat(document.select(".cite").eachText())
                .contains("Jane Roe, \u201CBush and Putin Meet\u201D (The Daily Planet, June 17, 2001), 1.");
    }

    @Test
    void markdownShowsEveryPassageNoteCitationAndTheDiff() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportExporter(chicagoCitations()).write(snapshot, diffs, out);
        String markdown = out.toString(StandardCharsets.UTF_8);
        String unescaped = markdown.replaceAll("\\\\(\\p{Punct})", "$1");
        for (Annotation passage : snapshot.annotations()) {
            assertThat(unescaped).contains("> " + passage.quote());
            if (!passage.note().isBlank()) {
                assertThat(unescaped).contains("*" + passage.note() + "*");
            }
        }
        assertThat(markdown).contains("NATO \\<membership\\>", "~~a member (of NATO)~~", "**an Ally**");
        assertThat(unescaped).contains("Citation: White House, \u201CTranscript of the Bush–Putin Talk,\u201D Office "
                + "of the Press Secretary, June 16, 2001");
    }

    /** Each passage cited in Chicago notes style, at its page, as the project hands citations to a report. */
    private Map<Long, String> chicagoCitations() {
        CitationFormatter chicago = new CitationFormatter(CitationStyle.CHICAGO_NOTES);
        Map<Long, String> citations = new HashMap<>();
        for (Annotation passage : snapshot.annotations()) {
            var source = snapshot.document(passage.documentId()).orElseThrow();
            citations.put(passage.id(), chicago.cite(new CitedSource("s" + source.id(), source.metadata(), null),
                    source.pages().pageAt(passage.span().start())));
        }
        return citations;
    }
}
