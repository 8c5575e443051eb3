package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marginalia.model.Tag;

/** The {@code tag} table: the project's codebook. */
public final class TagStore {

    private static final String COLUMNS = "id, name, color, description, parent_id, shortcut_key, codable";

    private final Connection connection;
    private final Statements statements;

    TagStore(Connection connection, Statements statements) {
        this.connection = connection;
        this.statements = statements;
    }

    /** Inserts a tag; its id is assigned unless {@code tag.id()} is positive (used to restore a deleted tag). */
    public Tag insert(Tag tag) throws SQLException {
        long id = Rows.insert(statements, "tag", List.of("name", "color", "description", "parent_id", "shortcut_key",
                "codable"), tag.id(), tag.name(), tag.color(), tag.description(), tag.parentId(), tag.shortcutKey(),
                tag.codable() ? 1 : 0);
        return tag.withId(id);
    }

    public Optional<Tag> get(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM tag WHERE id = ?")) {
            Rows.bind(statement, id);
            return Rows.first(statement, TagStore::map);
        }
    }

    public List<Tag> all() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM tag ORDER BY id")) {
            return Rows.list(statement, TagStore::map);
        }
    }

    /** Tags of that exact name, under any parent. */
    public List<Tag> findByName(String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM tag WHERE name = ? ORDER BY id")) {
            Rows.bind(statement, name);
            return Rows.list(statement, TagStore::map);
        }
    }

    /**
     * Changes name, colour, description, parent and key. Whether a tag is a folder is not changed here: views edit
     * tags through the six-field constructor, and renaming a folder must not make it applicable.
     */
    public void update(Tag tag) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE tag SET name = ?, color = ?, description = ?, parent_id = ?, shortcut_key = ? WHERE id = ?")) {
            Rows.bind(statement, tag.name(), tag.color(), tag.description(), tag.parentId(), tag.shortcutKey(),
                    tag.id());
            statement.executeUpdate();
        }
    }

    public void delete(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM tag WHERE id = ?")) {
            Rows.bind(statement, id);
            statement.executeUpdate();
        }
    }

    /** How many passages carry each tag (tags without passages are absent). */
    public Map<Long, Integer> passageCounts() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT tag_id, count(*) FROM annotation_tag GROUP BY tag_id")) {
            try (ResultSet rs = statement.executeQuery()) {
                Map<Long, Integer> counts = new HashMap<>();
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
                return counts;
            }
        }
    }

    private static Tag map(ResultSet rs) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("color"), rs.getString("description"),
                Rows.nullableLong(rs, "parent_id"), rs.getString("shortcut_key"), rs.getInt("codable") == 1);
    }
}
