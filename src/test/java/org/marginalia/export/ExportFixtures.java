package org.marginalia.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.PageStarts;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.Relation;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/** A small but complete project: two sources (one a PDF), nested tags, notes, astral characters and a link. */
public final class ExportFixtures {

    public static final String TRANSCRIPT = "𝔗ranscript 🐻 of the 2001 talk.\n"
            + "Bush: Perhaps Russia could be an Ally, <he said> & smiled.\n"
            + "Putin: We shall see 🙂.";
    public static final String REPORT = "News report 📰.\n"
            + "The president said perhaps Russia could be a member (of NATO), aides recalled.\n"
            + "Page two begins here.";
    public static final byte[] PDF_BYTES = "%PDF-1.4 not really a pdf".getBytes(StandardCharsets.US_ASCII);

    static final Instant T0 = Instant.parse("2025-01-15T10:12:00Z");

    private ExportFixtures() {
    }

    public static ProjectSnapshot snapshot() {
        Document transcript = new Document(1, new SourceMetadata("Transcript of the Bush–Putin talk", "White House",
                "Office of the Press Secretary", "2001-06-16", "https://example.org/transcript", "", "", "", "", ""),
                SourceType.TEXT, "transcript.txt", "a".repeat(64), TRANSCRIPT.length(), PageStarts.none(), T0);
        int pageTwo = REPORT.indexOf("Page two");
        Document report = new Document(2, SourceMetadata.of("Bush and Putin meet", "Jane Roe", "The Daily Planet",
                "2001-06-17", ""), SourceType.PDF, "report.pdf", "b".repeat(64), REPORT.length(),
                PageStarts.of(0, pageTwo), T0);
        List<Tag> tags = List.of(
                new Tag(1, "Russia", "#4477AA", "Everything about Russia", null, "r"),
                new Tag(2, "NATO <membership>", "#EE6677", "", 1L, null),
                new Tag(3, "Tone", "#228833", "", null, null));
        List<Annotation> annotations = new ArrayList<>();
        annotations.add(passage(1, 1, TRANSCRIPT, "Perhaps Russia could be an Ally", "Compare the report.",
                "A. Historian", List.of(1L, 2L)));
        annotations.add(passage(2, 2, REPORT, "perhaps Russia could be a member (of NATO)",
                "Paraphrase \"member\" — not in the transcript.", "A. Historian", List.of(2L)));
        annotations.add(passage(3, 1, TRANSCRIPT, "We shall see 🙂", "", "B. Student", List.of(3L)));
        annotations.add(passage(4, 1, TRANSCRIPT, "𝔗ranscript 🐻", "Title has astral letters.", "", List.of()));
        annotations.add(passage(5, 2, REPORT, "Page two", "", "A. Historian", List.of(3L)));
        List<Link> links = List.of(new Link(1, 2, 1, Relation.PARAPHRASES, "Ally became member", T0));
        return new ProjectSnapshot("Bush–Putin 2001", List.of(transcript, report), Map.of(1L, TRANSCRIPT, 2L, REPORT),
                tags, annotations, links);
    }

    static Annotation passage(long id, long documentId, String text, String quote, String note, String author,
            List<Long> tagIds) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException(quote);
        }
        TextSpan span = new TextSpan(start, start + quote.length());
        int from = Math.max(0, start - Annotation.CONTEXT_LENGTH);
        from += from > 0 && Character.isLowSurrogate(text.charAt(from)) ? 1 : 0;
        int to = Math.min(text.length(), span.end() + Annotation.CONTEXT_LENGTH);
        to -= to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? 1 : 0;
        String prefix = text.substring(from, start);
        String suffix = text.substring(span.end(), to);
        return new Annotation(id, documentId, span, quote, prefix, suffix, note, author, T0.plusSeconds(id),
                T0.plusSeconds(60 * id), tagIds);
    }
}
