package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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

/**
 * The list of every passage (what the window and the exports read) gives each passage exactly what reading it alone
 * gives: its tags in order, none when it has none, its own note, author and times, however values repeat.
 */
class PassagesListTest {

    @TempDir
    Path dir;

    @Test
    void everyPassageListedIsThePassageReadAlone() throws SQLException {
        try (ProjectFile file = ProjectFile.openOrCreate(dir.resolve("list.marginalia"))) {
            List<Long> ids = file.inTransaction(tx -> {
                String text = "the first words of a letter, and the last words of it";
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                long source = tx.documents().insert(new ImportedSource(SourceMetadata.titled("letter"),
                        SourceType.TEXT, "l.txt", bytes, "a".repeat(64), text, PageStarts.none(), List.of(),
                        List.of()), Instant.EPOCH);
                long first = tx.tags().insert(new Tag(0, "first", "#111111", "", null, null)).id();
                long second = tx.tags().insert(new Tag(0, "second", "#222222", "", null, null)).id();
                Instant created = Instant.parse("2001-06-16T12:00:00Z");
                List<Long> made = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    TextSpan span = new TextSpan(i * 4, i * 4 + 3);
                    made.add(tx.annotations().insert(new Annotation(0, source, span, span.of(text), "", "",
                            i == 1 ? "a note" : "", i == 2 ? "another coder" : "me", created,
                            i == 3 ? created.plusSeconds(60) : created, List.of())));
                }
                tx.annotationTags().add(made.get(0), second);
                tx.annotationTags().add(made.get(0), first);
                tx.annotationTags().add(made.get(2), second);
                return made;
            });
            List<Annotation> listed = file.inTransaction(tx -> tx.annotations().all());
            List<Annotation> alone = new ArrayList<>();
            for (long id : ids) {
                alone.add(file.inTransaction(tx -> tx.annotations().get(id)).orElseThrow());
            }
            assertThat(listed).containsExactlyElementsOf(alone);
            assertThat(listed.get(0).tagIds()).hasSize(2).isSorted();
            assertThat(listed.get(1).tagIds()).isEmpty();
            assertThat(listed.get(1).note()).isEqualTo("a note");
            assertThat(listed.get(3).modified()).isAfter(listed.get(3).created());
        }
    }
}
