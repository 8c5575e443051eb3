package org.marginalia.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Annotation;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.SourceMetadata;
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
        new HtmlReportExporter().write(snapshot, diffs, out);
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
                .contains("Jane Roe, \u201CBush and Putin meet,\u201D The Daily Planet, 2001-06-17, 1.");
    }

    @Test
    void markdownShowsEveryPassageNoteCitationAndTheDiff() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportExporter().write(snapshot, diffs, out);
        String markdown = out.toString(StandardCharsets.UTF_8);
        String unescaped = markdown.replaceAll("\\\\(\\p{Punct})", "$1");
        for (Annotation passage : snapshot.annotations()) {
            assertThat(unescaped).contains("> " + passage.quote());
            if (!passage.note().isBlank()) {
                assertThat(unescaped).contains("*" + passage.note() + "*");
            }
        }
        assertThat(markdown).contains("NATO \\<membership\\>", "~~a member (of NATO)~~", "**an Ally**");
        assertThat(unescaped).contains("Citation: White House, \u201CTranscript of the Bush–Putin talk,\u201D");
    }

    @Test
    void citationFollowsChicagoNoteOrderAndSkipsWhatIsUnknown() {
        SourceMetadata archived = new SourceMetadata("Memo on NATO", "", "", "1999", "", "National Archives",
                "NSC files", "12", "3", "");
        assertThat(Citation.note(archived, 4)).isEqualTo(
                "\u201CMemo on NATO,\u201D 1999, 4, box 12, folder 3, NSC files, National Archives.");
        assertThat(Citation.note(SourceMetadata.of("Speech", "G. W. Bush", "", "", ""), 0))
                .isEqualTo("G. W. Bush, \u201CSpeech.\u201D");
        assertThat(Citation.note(SourceMetadata.titled(""), 0)).isEmpty();
    }
}
