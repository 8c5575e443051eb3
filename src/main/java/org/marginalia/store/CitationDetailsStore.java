package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.marginalia.model.CitationDetails;

/**
 * The citation-detail columns of the {@code document} table (item type, container, Zotero item), kept apart from
 * {@link DocumentStore} because only citations and the Zotero bridge read them.
 */
public final class CitationDetailsStore {

    private final Connection connection;

    CitationDetailsStore(Connection connection) {
        this.connection = connection;
    }

    /** The details of a source; {@link CitationDetails#NONE} for one that has none, empty for no such source. */
    public Optional<CitationDetails> get(long documentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT item_type, container_title, zotero_library, zotero_key, zotero_attachment_key
                FROM document WHERE id = ?""")) {
            Rows.bind(statement, documentId);
            return Rows.first(statement, CitationDetailsStore::map);
        }
    }

    public void update(long documentId, CitationDetails details) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE document SET item_type = ?, container_title = ?, zotero_library = ?, zotero_key = ?,
                    zotero_attachment_key = ?
                WHERE id = ?""")) {
            Rows.bind(statement, details.itemType(), details.containerTitle(), details.zoteroLibrary(),
                    details.zoteroKey(), details.zoteroAttachmentKey(), documentId);
            if (statement.executeUpdate() != 1) {
                throw new SQLException("no source with id " + documentId);
            }
        }
    }

    /** The source already imported from this Zotero item, if any. */
    public Optional<Long> findByZoteroItem(String library, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM document WHERE zotero_library = ? AND zotero_key = ? ORDER BY id LIMIT 1")) {
            Rows.bind(statement, library, key);
            return Rows.first(statement, rs -> rs.getLong(1));
        }
    }

    private static CitationDetails map(ResultSet rs) throws SQLException {
        return new CitationDetails(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5));
    }
}
