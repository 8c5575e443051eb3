package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/** The light read the analysis uses gives the same places, tags, notes and times as the full one, minus the text. */
class AnnotationsWithoutTextTest {

    @TempDir
    Path dir;

    @Test
    void roundTripWithoutQuotesAndContext() {
        try (ProjectFile file = ProjectFile.create(dir.resolve("p.marginalia"))) {
            Instant now = Instant.parse("2001-06-16T12:00:00Z");
            file.inTransaction(tx -> {
                long doc = tx.documents().insert(new ImportedSource(SourceMetadata.titled("T"), SourceType.TEXT,
                        "t.txt", new byte[] {1}, "a".repeat(64), "Perhaps Russia could be an Ally",
                        PageStarts.none()), now);
                Tag a = tx.tags().insert(new Tag(0, "trust", "#112233", "", null, null));
                Tag b = tx.tags().insert(new Tag(0, "fear", "#445566", "", null, null));
                long first = tx.annotations().insert(new Annotation(0, doc, new TextSpan(0, 7), "Perhaps", "", "",
                        "a note", "Bea", now, now, List.of()));
                tx.annotationTags().add(first, b.id());
                tx.annotationTags().add(first, a.id());
                tx.annotations().insert(new Annotation(0, doc, new TextSpan(8, 14), "Russia", "", "", "", "Al", now,
                        now, List.of()));
                return null;
            });
            List<Annotation> full = file.inTransaction(tx -> tx.annotations().all());
            List<Annotation> light = file.inTransaction(tx -> tx.annotations().allWithoutText());
            assertThat(light).hasSameSizeAs(full);
            for (int i = 0; i < full.size(); i++) {
                Annotation f = full.get(i);
                assertThat(light.get(i)).isEqualTo(new Annotation(f.id(), f.documentId(), f.span(), "", "", "",
                        f.note(), f.author(), f.created(), f.modified(), f.tagIds()));
            }
            assertThat(light.get(0).tagIds()).hasSize(2);
            assertThat(light.get(1).tagIds()).isEmpty();
        }
    }
}
