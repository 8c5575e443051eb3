package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marginalia.model.DocumentVersion;
import org.marginalia.model.SourceType;

/** The {@code document_version} table: earlier texts and files of re-imported sources. */
public final class DocumentVersionStore {

    private static final String COLUMNS = """
            id, document_id, version, source_type, file_name, sha256, text_length, page_starts, imported_at,
            replaced_at""";

    private final Connection connection;

    DocumentVersionStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Copies the current text, bytes and file facts of source {@code documentId} into a new version row, numbered
     * after the last one kept; done in SQL so a large text never passes through Java twice.
     */
    public DocumentVersion archiveCurrent(long documentId, Instant replacedAt) throws SQLException {
        String sql = """
                INSERT INTO document_version (document_id, version, source_type, file_name, sha256, original_bytes,
                    original_id, plain_text, text_length, page_starts, imported_at, replaced_at)
                SELECT d.id,
                       coalesce((SELECT max(v.version) FROM document_version v WHERE v.document_id = d.id), 0) + 1,
                       d.source_type, d.file_name, d.sha256, d.original_bytes, d.original_id, d.plain_text,
                       d.text_length,
                       d.page_starts, d.imported_at, ?
                FROM document d WHERE d.id = ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows.bind(statement, replacedAt, documentId);
            if (statement.executeUpdate() != 1) {
                throw new SQLException("no source with id " + documentId);
            }
            long id = Rows.insertedId(statement);
            return get(id).orElseThrow();
        }
    }

    /**
     * Makes the latest kept version of a source its current content again and removes that version row (a correction
     * undone): the inverse of {@link #archiveCurrent}. Refused when {@code versionId} is not the source's latest.
     */
    public void restoreLatest(long documentId, long versionId) throws SQLException {
        Integer latest = Rows.single(connection,
                "SELECT max(version) FROM document_version WHERE document_id = ?", rs -> rs.getInt(1),
                "no source with id " + documentId, documentId);
        DocumentVersion version = get(versionId).filter(v -> v.documentId() == documentId)
                .orElseThrow(() -> new SQLException("no version " + versionId + " of source " + documentId));
        if (version.version() != latest) {
            throw new SQLException("version " + version.version() + " is not the latest of source " + documentId);
        }
        String sql = """
                UPDATE document SET (source_type, file_name, sha256, original_bytes, original_id, plain_text,
                    text_length, page_starts, imported_at) = (SELECT source_type, file_name, sha256, original_bytes,
                    original_id, plain_text, text_length, page_starts, imported_at FROM document_version WHERE id = ?)
                WHERE id = ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql);
                PreparedStatement delete = connection.prepareStatement("DELETE FROM document_version WHERE id = ?")) {
            Rows.bind(statement, versionId, documentId);
            statement.executeUpdate();
            Rows.bind(delete, versionId);
            delete.executeUpdate();
        }
    }

    public Optional<DocumentVersion> get(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM document_version WHERE id = ?")) {
            Rows.bind(statement, id);
            return Rows.first(statement, DocumentVersionStore::map);
        }
    }

    /** The kept versions of a source, oldest first. */
    public List<DocumentVersion> forDocument(long documentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM document_version WHERE document_id = ? ORDER BY version")) {
            Rows.bind(statement, documentId);
            return Rows.list(statement, DocumentVersionStore::map);
        }
    }

    /** The plain text of a kept version, exactly as it was stored. */
    public String text(long id) throws SQLException {
        return Rows.single(connection, "SELECT plain_text FROM document_version WHERE id = ?", rs -> rs.getString(1),
                "no source version with id " + id, id);
    }

    /** The bytes of the file a kept version was imported from, whole in memory. */
    public byte[] originalBytes(long id) throws SQLException {
        Optional<Long> kept = Rows.single(connection, "SELECT original_id FROM document_version WHERE id = ?",
                rs -> Optional.ofNullable(Rows.nullableLong(rs, "original_id")), "no source version with id " + id,
                id);
        if (kept.isPresent()) {
            return new OriginalStore(connection).readAll(kept.get());
        }
        return Rows.single(connection, "SELECT original_bytes FROM document_version WHERE id = ?", rs -> rs.getBytes(1),
                "no source version with id " + id, id);
    }

    private static DocumentVersion map(ResultSet rs) throws SQLException {
        return new DocumentVersion(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("version"),
                SourceType.fromWord(rs.getString("source_type")), rs.getString("file_name"), rs.getString("sha256"),
                rs.getInt("text_length"), DocumentStore.decodePages(rs.getString("page_starts")),
                Rows.instant(rs, "imported_at"), Rows.instant(rs, "replaced_at"));
    }
}
