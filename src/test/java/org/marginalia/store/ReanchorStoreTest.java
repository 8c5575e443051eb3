package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.DocumentVersion;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.ReviewFlag;
import org.marginalia.model.SearchHit;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.TextSpan;

/** Round trips of the store methods behind re-importing (schema 2), and the upgrade of a version-1 file. */
class ReanchorStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final Instant T1 = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final String TEXT = "Perhaps Russia could be an Ally. 𝔘nicode 😀\nPage two.";

    @TempDir
    Path dir;

    private static ImportedSource source(String sha, String fileName, String text, SourceType type, PageStarts pages) {
        return new ImportedSource(SourceMetadata.titled("Memo"), type, fileName,
                (fileName + "-bytes").getBytes(StandardCharsets.US_ASCII), sha, text, pages);
    }

    private static long insertPassage(ProjectFile file, long doc, TextSpan span) {
        return file.inTransaction(tx -> tx.annotations().insert(new Annotation(0, doc, span, span.of(TEXT), "", "",
                "note", "me", T0, T0, List.of())));
    }

    @Test
    void replaceContentAndArchiveCurrentKeepBothVersions() {
        try (ProjectFile file = ProjectFile.create(dir.resolve("p.marginalia"))) {
            long doc = file.inTransaction(tx -> tx.documents().insert(
                    source("a".repeat(64), "memo.pdf", TEXT, SourceType.PDF, PageStarts.of(0, TEXT.indexOf("Page"))),
                    T0));
            DocumentVersion first = file.inTransaction(tx -> tx.documentVersions().archiveCurrent(doc, T1));
            String newText = "A new text, with 😀.";
            file.inTransaction(tx -> {
                tx.documents().replaceContent(doc, source("b".repeat(64), "memo.txt", newText, SourceType.TEXT,
                        PageStarts.none()), T1);
                return null;
            });

            assertThat(first).isEqualTo(new DocumentVersion(first.id(), doc, 1, SourceType.PDF, "memo.pdf",
                    "a".repeat(64), TEXT.length(), PageStarts.of(0, TEXT.indexOf("Page")), T0, T1));
            assertThat(file.<Optional<DocumentVersion>>inTransaction(tx -> tx.documentVersions().get(first.id())))
                    .contains(first);
            assertThat(file.<String>inTransaction(tx -> tx.documentVersions().text(first.id()))).isEqualTo(TEXT);
            assertThat(new String(file.inTransaction(tx -> tx.documentVersions().originalBytes(first.id())),
                    StandardCharsets.US_ASCII)).isEqualTo("memo.pdf-bytes");

            Document now = file.<Optional<Document>>inTransaction(tx -> tx.documents().get(doc)).orElseThrow();
            assertThat(now.title()).isEqualTo("Memo");
            assertThat(now.type()).isEqualTo(SourceType.TEXT);
            assertThat(now.fileName()).isEqualTo("memo.txt");
            assertThat(now.sha256()).isEqualTo("b".repeat(64));
            assertThat(now.textLength()).isEqualTo(newText.length());
            assertThat(now.pages().pageCount()).isEqualTo(PageStarts.none().pageCount());
            assertThat(now.imported()).isEqualTo(T1);
            assertThat(file.<String>inTransaction(tx -> tx.documents().text(doc))).isEqualTo(newText);
            assertThat(file.<Optional<Document>>inTransaction(tx -> tx.documents().findBySha256("a".repeat(64))))
                    .isEmpty();
            assertThat(file.<List<SearchHit>>inTransaction(tx -> tx.search().phrase("Ally", 10))).isEmpty();
            assertThat(file.<List<SearchHit>>inTransaction(tx -> tx.search().phrase("new text", 10))).hasSize(1);

            DocumentVersion second = file.inTransaction(tx -> tx.documentVersions().archiveCurrent(doc, T1));
            assertThat(second.version()).isEqualTo(2);
            assertThat(file.<List<DocumentVersion>>inTransaction(tx -> tx.documentVersions().forDocument(doc)))
                    .containsExactly(first, second);
            assertThat(file.<List<DocumentVersion>>inTransaction(tx -> tx.documentVersions().forDocument(doc + 1)))
                    .isEmpty();
        }
    }

    @Test
    void versionsOfAMissingSourceAreRefusedAndGoWithTheirSource() {
        try (ProjectFile file = ProjectFile.create(dir.resolve("p.marginalia"))) {
            assertThatThrownBy(() -> file.inTransaction(tx -> tx.documentVersions().archiveCurrent(99, T1)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("99");
            assertThatThrownBy(() -> file.inTransaction(tx -> {
                tx.documents().replaceContent(99, source("b".repeat(64), "x.txt", "x", SourceType.TEXT, null), T1);
                return null;
            })).isInstanceOf(StoreException.class);
            long doc = file.inTransaction(tx -> tx.documents().insert(
                    source("a".repeat(64), "memo.txt", TEXT, SourceType.TEXT, null), T0));
            DocumentVersion v = file.inTransaction(tx -> tx.documentVersions().archiveCurrent(doc, T1));
            file.inTransaction(tx -> {
                tx.documents().delete(doc);
                return null;
            });
            assertThat(file.<Optional<DocumentVersion>>inTransaction(tx -> tx.documentVersions().get(v.id())))
                    .isEmpty();
        }
    }

    @Test
    void reviewFlagRoundTrip() {
        try (ProjectFile file = ProjectFile.create(dir.resolve("p.marginalia"))) {
            long doc = file.inTransaction(tx -> tx.documents().insert(
                    source("a".repeat(64), "memo.txt", TEXT, SourceType.TEXT, null), T0));
            long first = insertPassage(file, doc, new TextSpan(8, 14));
            long second = insertPassage(file, doc, new TextSpan(0, 7));
            assertThat(file.<Optional<ReviewFlag>>inTransaction(tx -> tx.annotations().reviewFlag(first))).isEmpty();
            assertThat(file.<List<ReviewFlag>>inTransaction(tx -> tx.annotations().needingReview())).isEmpty();

            ReviewFlag withCandidate = new ReviewFlag(first, "best match is uncertain (61%)", 0.61,
                    new TextSpan(33, 41));
            ReviewFlag without = new ReviewFlag(second, "quote not found in the new text", 0, null);
            file.inTransaction(tx -> {
                tx.annotations().flagForReview(withCandidate);
                tx.annotations().flagForReview(without);
                return null;
            });
            assertThat(file.<Optional<ReviewFlag>>inTransaction(tx -> tx.annotations().reviewFlag(first)))
                    .contains(withCandidate);
            assertThat(file.<List<ReviewFlag>>inTransaction(tx -> tx.annotations().needingReview()))
                    .containsExactly(without, withCandidate);

            file.inTransaction(tx -> {
                tx.annotations().clearReview(second);
                return null;
            });
            assertThat(file.<Optional<ReviewFlag>>inTransaction(tx -> tx.annotations().reviewFlag(second))).isEmpty();
            assertThat(file.<List<ReviewFlag>>inTransaction(tx -> tx.annotations().needingReview()))
                    .containsExactly(withCandidate);
            Annotation untouched = file.<Optional<Annotation>>inTransaction(tx -> tx.annotations().get(second))
                    .orElseThrow();
            assertThat(untouched.note()).isEqualTo("note");
            assertThat(untouched.modified()).isEqualTo(T0);
        }
    }

    @Test
    void versionOneFileIsUpgradedAndKeepsItsData() {
        Path path = dir.resolve("v1.marginalia").toAbsolutePath();
        List<String> scripts = Migrations.bundled().scripts();
        long doc;
        long passage;
        try (ProjectFile v1 = ProjectFile.openChecked(path, Migrations.of(scripts.subList(0, 1)))) {
            assertThat(v1.schemaVersion()).isEqualTo(1);
            // Written as a version-1 program wrote it: the original as one value in the row.
            doc = v1.inTransaction(tx -> {
                try (PreparedStatement insert = v1.connection().prepareStatement("""
                        INSERT INTO document (title, source_type, file_name, sha256, original_bytes, plain_text,
                            text_length, imported_at) VALUES ('Memo', 'text', 'memo.txt', ?, ?, ?, ?, ?)""")) {
                    Rows.bind(insert, "a".repeat(64), "memo.txt-bytes".getBytes(StandardCharsets.US_ASCII), TEXT,
                            TEXT.length(), T0);
                    insert.executeUpdate();
                    return Rows.insertedId(insert);
                }
            });
            passage = insertPassage(v1, doc, new TextSpan(8, 14));
        }
        try (ProjectFile upgraded = ProjectFile.open(path)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(scripts.size()).isGreaterThanOrEqualTo(2);
            assertThat(upgraded.<String>inTransaction(tx -> tx.documents().text(doc))).isEqualTo(TEXT);
            Annotation a = upgraded.<Optional<Annotation>>inTransaction(tx -> tx.annotations().get(passage))
                    .orElseThrow();
            assertThat(a.quote()).isEqualTo("Russia");
            assertThat(upgraded.<List<ReviewFlag>>inTransaction(tx -> tx.annotations().needingReview())).isEmpty();
            assertThat(upgraded.<List<DocumentVersion>>inTransaction(tx -> tx.documentVersions().forDocument(doc)))
                    .isEmpty();
            DocumentVersion kept = upgraded.inTransaction(tx -> tx.documentVersions().archiveCurrent(doc, T1));
            assertThat(upgraded.<String>inTransaction(tx -> tx.documentVersions().text(kept.id()))).isEqualTo(TEXT);
            assertThat(upgraded.<byte[]>inTransaction(tx -> tx.documentVersions().originalBytes(kept.id())))
                    .isEqualTo("memo.txt-bytes".getBytes(StandardCharsets.US_ASCII));
            assertThat(upgraded.check()).isEmpty();
        }
    }
}
