package org.marginalia.importer.qdpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.export.ExportFixtures;
import org.marginalia.export.QdpxExporter;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;

class QdpxRoundTripTest {

    @TempDir
    static Path dir;

    private static final ProjectSnapshot ORIGINAL = ExportFixtures.snapshot();
    private static QdpxProject read;

    @BeforeAll
    static void exportAndReadBack() throws IOException {
        Path file = dir.resolve("project.qdpx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new QdpxExporter("Marginalia test").write(ORIGINAL, id -> id == 2 ? ExportFixtures.PDF_BYTES : null, out);
        }
        read = new QdpxReader().read(file);
    }

    @Test
    void theCodebookComesBackWithItsTreeColoursAndDescriptions() {
        assertThat(read.warnings()).isEmpty();
        assertThat(read.name()).isEqualTo(ORIGINAL.projectName());
        assertThat(read.tags()).extracting(Tag::name, Tag::color, Tag::description).containsExactly(
                Tuple.tuple("Russia", "#4477AA", "Everything about Russia"),
                Tuple.tuple("NATO <membership>", "#EE6677", ""),
                Tuple.tuple("Tone", "#228833", ""));
        assertThat(read.tags().get(1).parentId()).isEqualTo(read.tags().get(0).id());
    }

    @Test
    void sourcesComeBackWithTheirTextsAndThePdfWithItsOriginalBytes() {
        assertThat(read.sources()).hasSize(2);
        assertThat(read.sources().get(0).source().text()).isEqualTo(ExportFixtures.TRANSCRIPT);
        assertThat(read.sources().get(0).source().metadata().title()).isEqualTo("Transcript of the Bush–Putin talk");
        assertThat(read.sources().get(1).source().type()).isEqualTo(SourceType.PDF);
        assertThat(read.sources().get(1).source().bytes()).isEqualTo(ExportFixtures.PDF_BYTES);
        assertThat(read.sources().get(1).source().text()).isEqualTo(ExportFixtures.REPORT);
    }

    @Test
    void passagesComeBackWithTheSameSpansQuotesContextNotesAuthorsAndTags() {
        Function<Annotation, String> tagNames = a -> a.tagIds().stream()
                .map(id -> read.tags().get((int) (id - 1)).name()).collect(Collectors.joining(","));
        Function<Annotation, String> originalTagNames = a -> a.tagIds().stream()
                .map(id -> ORIGINAL.tag(id).orElseThrow().name()).collect(Collectors.joining(","));
        Map<Long, String> readSourceText = read.sources().stream()
                .collect(Collectors.toMap(QdpxSource::provisionalId, s -> s.source().text()));
        assertThat(read.passages()).hasSize(ORIGINAL.annotations().size());
        Map<String, Annotation> byQuote = read.passages().stream()
                .collect(Collectors.toMap(Annotation::quote, a -> a));
        for (Annotation before : ORIGINAL.annotations()) {
            Annotation after = byQuote.get(before.quote());
            assertThat(after.span()).isEqualTo(before.span());
            assertThat(after.quote()).isEqualTo(before.quote())
                    .isEqualTo(after.span().of(readSourceText.get(after.documentId())));
            assertThat(after.prefix()).isEqualTo(before.prefix());
            assertThat(after.suffix()).isEqualTo(before.suffix());
            assertThat(after.note()).isEqualTo(before.note());
            assertThat(after.author()).isEqualTo(before.author());
            assertThat(after.created()).isEqualTo(before.created());
            assertThat(tagNames.apply(after)).isEqualTo(originalTagNames.apply(before));
        }
    }

    @Test
    void linksComeBackBetweenTheSamePassagesWithRelationAndNote() {
        List<Link> links = read.links();
        assertThat(links).hasSize(1);
        Link link = links.get(0);
        assertThat(read.passages().get((int) link.fromAnnotationId() - 1).quote())
                .isEqualTo("perhaps Russia could be a member (of NATO)");
        assertThat(read.passages().get((int) link.toAnnotationId() - 1).quote())
                .isEqualTo("Perhaps Russia could be an Ally");
        assertThat(link.relation()).isEqualTo(ORIGINAL.links().get(0).relation());
        assertThat(link.note()).isEqualTo("Ally became member");
    }
}
