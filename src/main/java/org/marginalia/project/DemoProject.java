package org.marginalia.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Relation;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.SourceMetadata;

/**
 * Builds the demo project: the two sample articles on the declassified 2001 Bush–Putin conversation, a small
 * codebook, passages on both, and the links that show where one article's wording departs from the other's.
 */
public final class DemoProject {

    /** The bundled sample articles, in the order they are imported. */
    static final List<String> SAMPLES = List.of("000_7ff5d61a483c6a56.txt", "001_787e3ca0482940cb.txt");

    private DemoProject() {
    }

    /** Creates the demo project at {@code path}, which must not exist yet. */
    public static Project create(Path path, SourceReader reader) {
        Project project = Project.create(path, reader);
        try {
            fill(project);
            return project;
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
    }

    static void fill(Project project) {
        Document commentary = importSample(project, SAMPLES.get(0));
        Document report = importSample(project, SAMPLES.get(1));
        // Where the two texts were published (the texts themselves carry no byline but BB.LV's "Redaction").
        project.sources().updateMetadata(commentary.id(), SourceMetadata.of(
                "Declassified Putin-Bush Correspondence Shows Putin Wanted Trust, Friendship With West, and Warned of "
                        + "NATO Expansion", "", "EIR News", "2025-12",
                "https://eir.news/2025/12/news/declassified-putin-bush-correspondence-shows-putin-wanted-trust-"
                        + "friendship-with-west-and-warned-of-nato-expansion"));
        project.sources().updateMetadata(report.id(), SourceMetadata.of(
                "The U.S. Declassified Conversation Between Putin and Bush About NATO in 2001", "BB.LV editorial staff",
                "BB.LV", "2025-12-26", "https://en.bb.lv/article/world-news/2025/12/26/the-us-declassified-"
                        + "conversation-between-putin-and-bush-about-nato-in-2001-82234")
                .with("collection", "citing Deutsche Welle"));
        // Both samples are web articles; saying so lets the citation styles treat BB.LV as the site.
        project.citations().updateDetails(commentary.id(), CitationDetails.ofType("webpage", ""));
        project.citations().updateDetails(report.id(), CitationDetails.ofType("webpage", ""));

        TagService tags = project.tags();
        tags.add("NATO expansion", TagPalette.COLOURS.get(5), null, "1");
        tags.add("trust", TagPalette.COLOURS.get(1), null, "2");
        tags.add("missile defense", TagPalette.COLOURS.get(2), null, "3");
        tags.add("1954 application", TagPalette.COLOURS.get(0), null, "4");

        String a = String.valueOf(commentary.id());
        String b = String.valueOf(report.id());
        PassageService passages = project.passages();
        Annotation ally = passages.annotate(a, "Perhaps Russia could be an Ally", 0, List.of("NATO expansion"),
                "The summary's wording: Russia as an ally of NATO, not a member.");
        Annotation applied = passages.annotate(a, "In 1954, the Soviet Union applied to join NATO", 0,
                List.of("1954 application"), "");
        Annotation european = passages.annotate(a, "Russia is European and multi-ethnic, like the United States", 0,
                List.of("trust"), "");
        passages.annotate(a, "There must be honesty in our relations.", 0, List.of("trust"), "");
        passages.annotate(a, "Putin was very concerned about the placement of NATO anti-ballistic missile systems in "
                + "the Czech Republic and Poland", 0, List.of("missile defense"), "April 2008, after Bucharest.");
        passages.annotate(a, "It’s a matter of trust", 0, List.of("trust", "missile defense"), "");

        Annotation member = passages.annotate(b, "Perhaps Russia could be a member (of NATO)", 0,
                List.of("NATO expansion"), "Reported as said \"literally\" - but the commentary quotes \"an Ally\".");
        Annotation membership = passages.annotate(b,
                "in 1954, the Soviet Union had already applied for NATO membership",
                0, List.of("1954 application"), "");
        Annotation multinational = passages.annotate(b, "his country is European and multinational, just like the U.S.",
                0, List.of("trust"), "");

        LinkService links = project.links();
        links.link(member.id(), ally.id(), Relation.PARAPHRASES, "\"an Ally\" became \"a member (of NATO)\"");
        links.link(membership.id(), applied.id(), Relation.PARAPHRASES, "");
        links.link(multinational.id(), european.id(), Relation.PARAPHRASES, "");
    }

    private static Document importSample(Project project, String name) {
        Path dir = null;
        try (InputStream in = DemoProject.class.getResourceAsStream("/org/marginalia/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the sample " + name + " is missing from this build");
            }
            // The importer reads files; the sample goes through the same path as a user's file.
            dir = Files.createTempDirectory("marginalia-demo");
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return project.sources().importFile(file).document();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the sample " + name, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Only a temporary copy of a bundled sample.
        }
    }
}
