package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;

/** The {@code link} table: relations between two passages. */
public final class LinkStore {

    private static final String COLUMNS = "id, from_annotation, to_annotation, relation, note, created_at";

    private final Connection connection;
    private final Statements statements;

    LinkStore(Connection connection, Statements statements) {
        this.connection = connection;
        this.statements = statements;
    }

    /** Inserts the link; its id is assigned unless {@code link.id()} is positive (restoring a deleted link). */
    public Link insert(Link link) throws SQLException {
        long id = Rows.insert(statements, "link", List.of("from_annotation", "to_annotation", "relation", "note",
                "created_at"), link.id(), link.fromAnnotationId(), link.toAnnotationId(), link.relation().word(),
                link.note(), link.created());
        return new Link(id, link.fromAnnotationId(), link.toAnnotationId(), link.relation(), link.note(),
                link.created());
    }

    public Optional<Link> get(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM link WHERE id = ?")) {
            Rows.bind(statement, id);
            return Rows.first(statement, LinkStore::map);
        }
    }

    public List<Link> all() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM link ORDER BY id")) {
            return Rows.list(statement, LinkStore::map);
        }
    }

    /** Links in which the passage is either end. */
    public List<Link> touching(long annotationId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM link WHERE from_annotation = ? OR to_annotation = ? ORDER BY id")) {
            Rows.bind(statement, annotationId, annotationId);
            return Rows.list(statement, LinkStore::map);
        }
    }

    public void delete(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM link WHERE id = ?")) {
            Rows.bind(statement, id);
            statement.executeUpdate();
        }
    }

    private static Link map(ResultSet rs) throws SQLException {
        return new Link(rs.getLong("id"), rs.getLong("from_annotation"), rs.getLong("to_annotation"),
                Relation.fromWord(rs.getString("relation")), rs.getString("note"), Rows.instant(rs, "created_at"));
    }
}
