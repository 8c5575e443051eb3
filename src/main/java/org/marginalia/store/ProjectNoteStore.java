package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.marginalia.model.ProjectNote;

/** The {@code project_note} table: notes of the project and memos of sources, searchable through the FTS index. */
public final class ProjectNoteStore {

    private static final String COLUMNS = "id, document_id, body, created_at, modified_at";

    private final Connection connection;
    private final Statements statements;

    ProjectNoteStore(Connection connection, Statements statements) {
        this.connection = connection;
        this.statements = statements;
    }

    /** Inserts the note; its id is assigned unless {@code note.id()} is positive (restoring a deleted note). */
    public ProjectNote insert(ProjectNote note) throws SQLException {
        long id = Rows.insert(statements, "project_note", List.of("document_id", "body", "created_at", "modified_at"),
                note.id(), note.documentId(), note.text(), note.created(), note.modified());
        return new ProjectNote(id, note.documentId(), note.text(), note.created(), note.modified());
    }

    public Optional<ProjectNote> get(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM project_note WHERE id = ?")) {
            Rows.bind(statement, id);
            return Rows.first(statement, ProjectNoteStore::map);
        }
    }

    /** Every note, project notes and source memos alike, oldest first. */
    public List<ProjectNote> all() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM project_note ORDER BY id")) {
            return Rows.list(statement, ProjectNoteStore::map);
        }
    }

    /** The memos of one source, oldest first. */
    public List<ProjectNote> forDocument(long documentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM project_note WHERE document_id = ? ORDER BY id")) {
            Rows.bind(statement, documentId);
            return Rows.list(statement, ProjectNoteStore::map);
        }
    }

    /** Notes holding the words the user typed, in that order (one FTS5 phrase, as in {@link SearchStore}). */
    public List<ProjectNote> search(String userText) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT n.id, n.document_id, n.body, n.created_at, n.modified_at
                FROM search_index s JOIN project_note n ON n.id = s.owner_id
                WHERE search_index MATCH ? AND s.kind = 'memo' ORDER BY rank""")) {
            Rows.bind(statement, SearchStore.asPhrase(userText));
            return Rows.list(statement, ProjectNoteStore::map);
        }
    }

    public void update(ProjectNote note) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE project_note SET body = ?, modified_at = ? WHERE id = ?")) {
            Rows.bind(statement, note.text(), note.modified(), note.id());
            statement.executeUpdate();
        }
    }

    public void delete(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM project_note WHERE id = ?")) {
            Rows.bind(statement, id);
            statement.executeUpdate();
        }
    }

    private static ProjectNote map(ResultSet rs) throws SQLException {
        return new ProjectNote(rs.getLong("id"), Rows.nullableLong(rs, "document_id"), rs.getString("body"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "modified_at"));
    }
}
