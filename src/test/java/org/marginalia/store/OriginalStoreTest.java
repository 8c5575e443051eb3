package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.Original;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/** Originals kept in pieces come back byte for byte; originals kept as one value before version 9 still read. */
class OriginalStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    private static final int PIECE = 1000;

    @TempDir
    Path dir;
    ProjectFile file;

    @BeforeEach
    void open() {
        file = ProjectFile.create(dir.resolve("t.marginalia"));
    }

    @AfterEach
    void close() {
        file.close();
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private DocumentStore documents() {
        return new DocumentStore(file.connection(), new Statements(file.connection()),
                new OriginalStore(file.connection(), PIECE));
    }

    private static ImportedSource source(Original original, String sha) {
        return new ImportedSource(SourceMetadata.of("Scan", "", "", "", ""), SourceType.PDF, "scan.pdf", original,
                sha, "Some text", PageStarts.none(), List.of(), List.of());
    }

    private int chunks() {
        return file.inTransaction(tx -> Rows.single(file.connection(), "SELECT count(*) FROM original_chunk",
                rs -> rs.getInt(1), "no count"));
    }

    @Test
    void aFileOfSeveralPiecesComesBackByteForByte() {
        byte[] bytes = random(10 * PIECE + 7, 1);
        long id = file.inTransaction(tx -> new OriginalStore(file.connection(), PIECE)
                .write(new ByteArrayInputStream(bytes), null, "scan.pdf"));
        assertThat(chunks()).isEqualTo(11);
        assertThat(file.<byte[]>inTransaction(tx -> tx.originals().readAll(id))).isEqualTo(bytes);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        file.inTransaction(tx -> {
            tx.originals().copyTo(id, copy);
            return null;
        });
        assertThat(copy.toByteArray()).isEqualTo(bytes);
        assertThat(file.<Optional<Long>>inTransaction(tx -> tx.originals().size(id))).contains((long) bytes.length);
    }

    @Test
    void aSourceReadFromDiskIsKeptInPiecesAndReadBack() throws Exception {
        byte[] bytes = random(5 * PIECE, 2);
        Path scan = Files.write(dir.resolve("scan.pdf"), bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        long id = file.inTransaction(tx -> documents().insert(source(Original.file(scan, bytes.length), sha), T0));
        assertThat(chunks()).isEqualTo(5);
        assertThat(file.<byte[]>inTransaction(tx -> tx.documents().originalBytes(id))).isEqualTo(bytes);
        assertThat(file.<Long>inTransaction(tx -> tx.documents().originalSize(id))).isEqualTo(bytes.length);
        assertThat(file.<Original>inTransaction(tx -> tx.documents().content(id).original()))
                .isInstanceOf(Original.Kept.class);
    }

    @Test
    void aFileThatChangedSinceItWasReadIsRefusedNamingIt() throws Exception {
        Path scan = Files.write(dir.resolve("scan.pdf"), random(3 * PIECE, 3));
        assertThatThrownBy(() -> file.inTransaction(tx -> documents().insert(
                source(Original.file(scan, 3 * PIECE), "0".repeat(64)), T0)))
                .hasMessageContaining("scan.pdf").hasMessageContaining("changed");
        assertThat(chunks()).isZero();
    }

    @Test
    void anOriginalKeptAsOneValueBeforeVersionNineStillReads() throws Exception {
        byte[] bytes = random(2 * PIECE, 4);
        long id = file.inTransaction(tx -> {
            try (PreparedStatement insert = file.connection().prepareStatement("""
                    INSERT INTO document (title, source_type, file_name, sha256, original_bytes, plain_text,
                        text_length, imported_at) VALUES ('Old', 'pdf', 'old.pdf', ?, ?, 'Old text', 8, ?)""")) {
                Rows.bind(insert, "b".repeat(64), bytes, T0);
                insert.executeUpdate();
                return Rows.insertedId(insert);
            }
        });
        assertThat(file.<Optional<Long>>inTransaction(tx -> tx.documents().originalId(id))).isEmpty();
        assertThat(file.<byte[]>inTransaction(tx -> tx.documents().originalBytes(id))).isEqualTo(bytes);
        assertThat(file.<Long>inTransaction(tx -> tx.documents().originalSize(id))).isEqualTo(bytes.length);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        file.inTransaction(tx -> {
            tx.documents().copyOriginalTo(id, copy);
            return null;
        });
        assertThat(copy.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void aReimportKeepsTheEarlierOriginalAndRemovedSourcesLeaveTheirsUntilPruned() {
        byte[] first = random(3 * PIECE, 5);
        byte[] second = random(2 * PIECE, 6);
        long id = file.inTransaction(tx -> documents().insert(source(Original.of(first), "c".repeat(64)), T0));
        long version = file.inTransaction(tx -> {
            long v = tx.documentVersions().archiveCurrent(id, T0).id();
            documents().replaceContent(id, source(Original.of(second), "d".repeat(64)), T0);
            return v;
        });
        assertThat(file.<byte[]>inTransaction(tx -> tx.documentVersions().originalBytes(version))).isEqualTo(first);
        assertThat(file.<byte[]>inTransaction(tx -> tx.documents().originalBytes(id))).isEqualTo(second);
        assertThat(file.<Boolean>inTransaction(tx -> tx.originals().hasOrphans())).isFalse();

        ImportedSource removed = file.inTransaction(tx -> {
            ImportedSource content = tx.documents().content(id);
            tx.documents().delete(id);
            return content;
        });
        assertThat(file.<Boolean>inTransaction(tx -> tx.originals().hasOrphans())).isTrue();
        long back = file.inTransaction(tx -> tx.documents().insert(removed, T0, id));
        assertThat(file.<byte[]>inTransaction(tx -> tx.documents().originalBytes(back))).isEqualTo(second);
        assertThat(chunks()).isEqualTo(5);

        file.inTransaction(tx -> {
            tx.documents().delete(back);
            return null;
        });
        assertThat(file.<Integer>inTransaction(tx -> tx.originals().pruneOrphans())).isEqualTo(2);
        assertThat(chunks()).isZero();
    }
}
