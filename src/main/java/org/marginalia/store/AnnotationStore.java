package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marginalia.model.Annotation;
import org.marginalia.model.ReviewFlag;
import org.marginalia.model.TextSpan;

/** The {@code annotation} table: passages, with their tags read from {@code annotation_tag}. */
public final class AnnotationStore {

    private static final String SELECT = """
            SELECT a.id, a.document_id, a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix, a.note, a.author,
                   a.created_at, a.modified_at,
                   (SELECT group_concat(tag_id) FROM annotation_tag t WHERE t.annotation_id = a.id) AS tag_ids
            FROM annotation a""";

    private static final String REVIEW_SELECT = """
            SELECT id, review_reason, review_score, review_candidate_start, review_candidate_end FROM annotation""";

    private final Connection connection;
    private final Statements statements;

    AnnotationStore(Connection connection, Statements statements) {
        this.connection = connection;
        this.statements = statements;
    }

    /**
     * Inserts the passage (without its tags, which go to {@link AnnotationTagStore}); the id is assigned unless
     * {@code annotation.id()} is positive, which restores a deleted passage under its old id.
     */
    public long insert(Annotation a) throws SQLException {
        return Rows.insert(statements, "annotation", List.of("document_id", "start_offset", "end_offset", "quote",
                "prefix", "suffix", "note", "author", "created_at", "modified_at"), a.id(), a.documentId(),
                a.span().start(), a.span().end(), a.quote(), a.prefix(), a.suffix(), a.note(), a.author(), a.created(),
                a.modified());
    }

    public Optional<Annotation> get(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE a.id = ?")) {
            Rows.bind(statement, id);
            return Rows.first(statement, AnnotationStore::map);
        }
    }

    public List<Annotation> forDocument(long documentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                SELECT + " WHERE a.document_id = ? ORDER BY a.start_offset, a.end_offset, a.id")) {
            Rows.bind(statement, documentId);
            return Rows.list(statement, AnnotationStore::map);
        }
    }

    /**
     * Every passage, with its quote and context. Read in two plain queries side by side (the passages and their tags,
     * both in passage order) rather than with a sub-query per row: at 200,000 passages that is what the window reads
     * on opening. Values that repeat from passage to passage (the author, an empty note, a modified time equal to the
     * created one, a tag id) are kept once, not once per passage.
     */
    public List<Annotation> all() throws SQLException {
        List<Annotation> passages = new ArrayList<>();
        Map<String, String> authors = new HashMap<>();
        try (TagCursor tags = new TagCursor(connection);
             PreparedStatement statement = connection.prepareStatement("""
                SELECT id, document_id, start_offset, end_offset, quote, prefix, suffix, note, author, created_at,
                       modified_at
                FROM annotation ORDER BY id""");
             ResultSet rs = statement.executeQuery()) {
            Times times = new Times();
            while (rs.next()) {
                long id = rs.getLong(1);
                String note = rs.getString(8);
                Instant created = times.parse(rs.getString(10));
                passages.add(new Annotation(id, rs.getLong(2), new TextSpan(rs.getInt(3), rs.getInt(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), note.isEmpty() ? "" : note,
                        authors.computeIfAbsent(rs.getString(9), a -> a), created, times.parse(rs.getString(11)),
                        tags.tagsOf(id)));
            }
        }
        return passages;
    }

    /** Stored times parsed once in a row: a passage's modified time is most often its created time. */
    private static final class Times {
        private String last;
        private Instant parsed;

        Instant parse(String stored) {
            if (!stored.equals(last)) {
                last = stored;
                parsed = StoredInstant.parse(stored);
            }
            return parsed;
        }
    }

    /**
     * Every passage with its place, tags, note, author and times but without its quote and context: what the
     * analysis of a large project needs, read in two plain queries instead of one with a sub-query per row.
     */
    public List<Annotation> allWithoutText() throws SQLException {
        List<Annotation> passages = new ArrayList<>();
        try (TagCursor tags = new TagCursor(connection);
             PreparedStatement statement = connection.prepareStatement("""
                SELECT id, document_id, start_offset, end_offset, note, author, created_at, modified_at
                FROM annotation ORDER BY id""");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                passages.add(new Annotation(id, rs.getLong("document_id"),
                        new TextSpan(rs.getInt("start_offset"), rs.getInt("end_offset")), "", "", "",
                        rs.getString("note"), rs.getString("author"), Rows.instant(rs, "created_at"),
                        Rows.instant(rs, "modified_at"), tags.tagsOf(id)));
            }
        }
        return passages;
    }

    /**
     * Visits every passage once per tag (once, with tag 0, when it has none), by passage id and then tag id, straight
     * from the cursor: what a streamed export needs, without the whole project in memory.
     */
    public void forEachTagged(PassageRow.Visitor visitor) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT a.id, a.document_id, a.start_offset, a.end_offset, a.quote, a.note, a.author, a.created_at,
                       a.modified_at, coalesce(x.tag_id, 0)
                FROM annotation a LEFT JOIN annotation_tag x ON x.annotation_id = a.id
                ORDER BY a.id, x.tag_id""");
             ResultSet rs = statement.executeQuery()) {
            PassageRow row = new PassageRow(rs);
            while (rs.next()) {
                visitor.visit(row);
            }
        }
    }

    public void updateNote(long id, String note, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE annotation SET note = ?, modified_at = ? WHERE id = ?")) {
            Rows.bind(statement, note, now, id);
            statement.executeUpdate();
        }
    }

    /** Moves a passage (re-anchoring after its source changed). */
    public void updateSpan(long id, TextSpan span, String quote, String prefix, String suffix, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE annotation SET start_offset = ?, end_offset = ?, quote = ?, prefix = ?, suffix = ?,
                    modified_at = ? WHERE id = ?""")) {
            Rows.bind(statement, span.start(), span.end(), quote, prefix, suffix, now, id);
            statement.executeUpdate();
        }
    }

    /** Puts a passage in the review queue, or updates why it is there. */
    public void flagForReview(ReviewFlag flag) throws SQLException {
        TextSpan candidate = flag.candidate();
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE annotation SET needs_review = 1, review_reason = ?, review_score = ?,
                    review_candidate_start = ?, review_candidate_end = ? WHERE id = ?""")) {
            Rows.bind(statement, flag.reason(), flag.score(), candidate == null ? null : candidate.start(),
                    candidate == null ? null : candidate.end(), flag.annotationId());
            statement.executeUpdate();
        }
    }

    /** Takes a passage out of the review queue. */
    public void clearReview(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE annotation SET needs_review = 0, review_reason = '', review_score = 0,
                    review_candidate_start = NULL, review_candidate_end = NULL WHERE id = ?""")) {
            Rows.bind(statement, id);
            statement.executeUpdate();
        }
    }

    /** Why passage {@code id} waits for review; empty when it does not. */
    public Optional<ReviewFlag> reviewFlag(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                REVIEW_SELECT + " WHERE needs_review = 1 AND id = ?")) {
            Rows.bind(statement, id);
            return Rows.first(statement, AnnotationStore::mapFlag);
        }
    }

    /** The review queue: every flagged passage, by source and position. */
    public List<ReviewFlag> needingReview() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                REVIEW_SELECT + " WHERE needs_review = 1 ORDER BY document_id, start_offset, id")) {
            return Rows.list(statement, AnnotationStore::mapFlag);
        }
    }

    public void delete(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
            Rows.bind(statement, id);
            statement.executeUpdate();
        }
    }

    /** How many passages each source has (sources without passages are absent). */
    public Map<Long, Integer> countsByDocument() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT document_id, count(*) FROM annotation GROUP BY document_id");
             ResultSet rs = statement.executeQuery()) {
            Map<Long, Integer> counts = new HashMap<>();
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getInt(2));
            }
            return counts;
        }
    }

    private static ReviewFlag mapFlag(ResultSet rs) throws SQLException {
        Long start = Rows.nullableLong(rs, "review_candidate_start");
        Long end = Rows.nullableLong(rs, "review_candidate_end");
        TextSpan candidate = start == null || end == null ? null : new TextSpan(start.intValue(), end.intValue());
        return new ReviewFlag(rs.getLong("id"), rs.getString("review_reason"), rs.getDouble("review_score"),
                candidate);
    }

    private static Annotation map(ResultSet rs) throws SQLException {
        String tagIds = rs.getString("tag_ids");
        List<Long> tags = tagIds == null ? List.of()
                : Arrays.stream(tagIds.split(",")).map(Long::valueOf).sorted().toList();
        return new Annotation(rs.getLong("id"), rs.getLong("document_id"),
                new TextSpan(rs.getInt("start_offset"), rs.getInt("end_offset")), rs.getString("quote"),
                rs.getString("prefix"), rs.getString("suffix"), rs.getString("note"), rs.getString("author"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "modified_at"), tags);
    }
}
