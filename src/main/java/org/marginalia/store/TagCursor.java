package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks {@code annotation_tag} in passage order beside a read of every passage in id order, handing each passage its
 * tag ids: a merge of two ordered cursors instead of a map of 200,000 lists built first (32 MB at the archive's size,
 * held while the passages are read). Each tag id is one shared {@code Long}, not one per passage carrying it.
 */
final class TagCursor implements AutoCloseable {

    private final PreparedStatement statement;
    private final ResultSet rs;
    private final Map<Long, Long> shared = new HashMap<>();
    private boolean more;

    TagCursor(Connection connection) throws SQLException {
        statement = connection.prepareStatement(
                "SELECT annotation_id, tag_id FROM annotation_tag ORDER BY annotation_id, tag_id");
        rs = statement.executeQuery();
        more = rs.next();
    }

    /** The passage's tag ids, ascending; passages are asked for in ascending id order. */
    List<Long> tagsOf(long annotationId) throws SQLException {
        while (more && rs.getLong(1) < annotationId) {
            more = rs.next();
        }
        List<Long> tags = List.of();
        while (more && rs.getLong(1) == annotationId) {
            Long tag = shared.computeIfAbsent(rs.getLong(2), id -> id);
            if (tags.isEmpty()) {
                tags = List.of(tag);
            } else {
                tags = new ArrayList<>(tags);
                tags.add(tag);
            }
            more = rs.next();
        }
        return tags;
    }

    @Override
    public void close() throws SQLException {
        try (statement) {
            rs.close();
        }
    }
}
