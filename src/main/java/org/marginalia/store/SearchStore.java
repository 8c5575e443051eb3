package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.marginalia.model.SearchHit;

/** The FTS5 {@code search_index} over source texts and passage notes (kept in step by triggers). */
public final class SearchStore {

    private final Connection connection;

    SearchStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Finds the words the user typed, in that order, in any source or note. The user's text is always searched as
     * one FTS5 phrase, so characters such as {@code "}, {@code *} or {@code NEAR} are plain text, never syntax.
     */
    public List<SearchHit> phrase(String userText, int limit) throws SQLException {
        String sql = """
                SELECT s.kind, s.owner_id, a.document_id AS note_document,
                       snippet(search_index, 2, '[', ']', '…', 12) AS snippet
                FROM search_index s LEFT JOIN annotation a ON s.kind = 'note' AND a.id = s.owner_id
                WHERE search_index MATCH ? AND s.kind <> 'memo' ORDER BY rank LIMIT ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows.bind(statement, asPhrase(userText), limit);
            return Rows.list(statement, rs -> "note".equals(rs.getString("kind"))
                    ? new SearchHit(rs.getLong("note_document"), rs.getLong("owner_id"), rs.getString("snippet"))
                    : new SearchHit(rs.getLong("owner_id"), 0, rs.getString("snippet")));
        }
    }

    static String asPhrase(String userText) {
        // FTS5 reads a query only up to a NUL and then reports an unterminated phrase; its tokenizer splits words at
        // NUL anyway, so a space finds the same text.
        return "\"" + userText.replace('\u0000', ' ').replace("\"", "\"\"") + "\"";
    }
}
