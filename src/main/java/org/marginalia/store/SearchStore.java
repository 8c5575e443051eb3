package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.marginalia.model.SearchHit;
import org.marginalia.model.SearchMatch;
import org.marginalia.model.TextSpan;

/** The FTS5 {@code search_index} over source texts and passage notes (kept in step by triggers). */
public final class SearchStore {

    /** Characters of context on each side of a match in its snippet. */
    static final int CONTEXT = 60;

    private final Connection connection;

    SearchStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Finds the words the user typed, in that order, in any source or note: one page of sources and notes, in the
     * order they were added, each with every match in it. The user's text is always searched as one FTS5 phrase, so
     * characters such as {@code "}, {@code *} or {@code NEAR} are plain text, never syntax. FTS5 says which rows
     * hold the phrase and stops after the page; {@link PhraseFinder} then finds each match in those rows' text.
     * The text is read from the source or passage itself, found by the row id's encoding (id * 2 for a source,
     * id * 2 + 1 for a note, negative for a memo): reading the index's own copy through FTS5 costs a second lookup
     * per row in its content table, which measured three times the whole query on the archive bench.
     */
    public List<SearchHit> phrase(String userText, int offset, int limit) throws SQLException {
        String sql = """
                SELECT s.rowid AS hit, coalesce(d.plain_text, a.note) AS body, a.document_id AS note_document
                FROM search_index s
                LEFT JOIN document d ON s.rowid % 2 = 0 AND d.id = s.rowid / 2
                LEFT JOIN annotation a ON s.rowid % 2 = 1 AND a.id = s.rowid / 2
                WHERE search_index MATCH ? AND s.rowid > 0 ORDER BY s.rowid LIMIT ? OFFSET ?""";
        PhraseFinder finder = new PhraseFinder(userText);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows.bind(statement, asPhrase(userText), limit, offset);
            return Rows.list(statement, rs -> {
                long hit = rs.getLong("hit");
                String body = rs.getString("body");
                List<SearchMatch> matches = finder.find(body).stream()
                        .map(span -> new SearchMatch(span, snippet(body, span))).toList();
                return hit % 2 == 1
                        ? new SearchHit(rs.getLong("note_document"), hit / 2, matches)
                        : new SearchHit(hit / 2, 0, matches);
            });
        }
    }

    /** The first page of {@link #phrase(String, int, int)}. */
    public List<SearchHit> phrase(String userText, int limit) throws SQLException {
        return phrase(userText, 0, limit);
    }

    /** The match with up to {@value #CONTEXT} characters each side, cut at a space, the match between [ and ]. */
    static String snippet(String text, TextSpan match) {
        int from = Math.max(0, match.start() - CONTEXT);
        int to = Math.min(text.length(), match.end() + CONTEXT);
        // Bounded scans: a text without spaces (Chinese, say) must not be read to its end for each match.
        int space = from;
        while (from > 0 && space < match.start() && text.charAt(space) != ' ') {
            space++;
        }
        from = from > 0 && space < match.start() ? space + 1 : from;
        space = to - 1;
        while (to < text.length() && space >= match.end() && text.charAt(space) != ' ') {
            space--;
        }
        to = to < text.length() && space >= match.end() ? space : to;
        from = from > 0 && Character.isLowSurrogate(text.charAt(from)) ? from + 1 : from;
        to = to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to + 1 : to;
        return oneLine((from > 0 ? "…" : "") + text.substring(from, match.start()) + "["
                + text.substring(match.start(), match.end()) + "]" + text.substring(match.end(), to)
                + (to < text.length() ? "…" : ""));
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    static String asPhrase(String userText) {
        // FTS5 reads a query only up to a NUL and then reports an unterminated phrase; its tokenizer splits words at
        // NUL anyway, so a space finds the same text.
        return "\"" + userText.replace('\u0000', ' ').replace("\"", "\"\"") + "\"";
    }
}
