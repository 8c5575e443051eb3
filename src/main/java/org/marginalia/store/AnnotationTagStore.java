package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The {@code annotation_tag} table: which passage carries which tag. */
public final class AnnotationTagStore {

    private final Connection connection;
    private final Statements statements;

    AnnotationTagStore(Connection connection, Statements statements) {
        this.connection = connection;
        this.statements = statements;
    }

    /** Adds the tag to the passage; returns false when the passage carried it already. */
    public boolean add(long annotationId, long tagId) throws SQLException {
        PreparedStatement statement = statements.get(
                "INSERT OR IGNORE INTO annotation_tag (annotation_id, tag_id) VALUES (?, ?)");
        Rows.bind(statement, annotationId, tagId);
        return statement.executeUpdate() == 1;
    }

    /** Removes the tag from the passage; returns false when the passage did not carry it. */
    public boolean remove(long annotationId, long tagId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM annotation_tag WHERE annotation_id = ? AND tag_id = ?")) {
            Rows.bind(statement, annotationId, tagId);
            return statement.executeUpdate() == 1;
        }
    }

    public List<Long> tagsOf(long annotationId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT tag_id FROM annotation_tag WHERE annotation_id = ? ORDER BY tag_id")) {
            Rows.bind(statement, annotationId);
            return Rows.list(statement, rs -> rs.getLong(1));
        }
    }

    public List<Long> annotationsWith(long tagId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT annotation_id FROM annotation_tag WHERE tag_id = ? ORDER BY annotation_id")) {
            Rows.bind(statement, tagId);
            return Rows.list(statement, rs -> rs.getLong(1));
        }
    }
}
