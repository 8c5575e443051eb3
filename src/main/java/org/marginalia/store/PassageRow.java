package org.marginalia.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The current row of {@link AnnotationStore#forEachTagged}: one passage with one of its tags, read straight from the
 * cursor (no object per passage is built). Valid only while the visitor runs.
 */
public final class PassageRow {

    private final ResultSet rs;

    PassageRow(ResultSet rs) {
        this.rs = rs;
    }

    public long id() throws SQLException {
        return rs.getLong(1);
    }

    public long documentId() throws SQLException {
        return rs.getLong(2);
    }

    /** UTF-16 offset of the start in the source's text. */
    public int start() throws SQLException {
        return rs.getInt(3);
    }

    /** UTF-16 offset of the end (exclusive). */
    public int end() throws SQLException {
        return rs.getInt(4);
    }

    public String quote() throws SQLException {
        return rs.getString(5);
    }

    public String note() throws SQLException {
        return rs.getString(6);
    }

    public String author() throws SQLException {
        return rs.getString(7);
    }

    /** The creation time as {@code Instant.toString} prints it. */
    public String created() throws SQLException {
        return StoredInstant.canonical(rs.getString(8));
    }

    /** The last change as {@code Instant.toString} prints it. */
    public String modified() throws SQLException {
        return StoredInstant.canonical(rs.getString(9));
    }

    /** The tag of this row, 0 for a passage without tags. */
    public long tagId() throws SQLException {
        return rs.getLong(10);
    }

    /** Receives each row of a cursor. */
    @FunctionalInterface
    public interface Visitor {
        void visit(PassageRow row) throws SQLException;
    }
}
