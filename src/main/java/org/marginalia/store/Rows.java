package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Small JDBC helpers shared by the stores: parameter binding and row mapping. */
final class Rows {

    private Rows() {
    }

    /** Maps one row; may throw SQLException like the JDBC calls it makes. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setString(i + 1, instant.toString());
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(i + 1, bytes);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    static <T> List<T> list(PreparedStatement statement, Mapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
        }
        return rows;
    }

    static <T> Optional<T> first(PreparedStatement statement, Mapper<T> mapper) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
        }
    }

    /**
     * Inserts one row. A positive {@code id} is stored as the row's id (undo restores a deleted row under its old id);
     * otherwise SQLite assigns one. Returns the row's id either way.
     */
    static long insert(Statements statements, String table, List<String> columns, long id,
            Object... values) throws SQLException {
        boolean keepId = id > 0;
        String names = (keepId ? "id, " : "") + String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size() + (keepId ? 1 : 0), "?"));
        PreparedStatement statement = statements.get(
                "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
        if (keepId) {
            Object[] withId = new Object[values.length + 1];
            withId[0] = id;
            System.arraycopy(values, 0, withId, 1, values.length);
            bind(statement, withId);
        } else {
            bind(statement, values);
        }
        statement.executeUpdate();
        // The statement lives on to the end of the transaction: a source's original bytes must not live on with it.
        statement.clearParameters();
        if (keepId) {
            return id;
        }
        // The driver's getGeneratedKeys prepares its own query on each call; this one is prepared once. Rows that
        // triggers insert do not count: SQLite restores the value when the trigger ends.
        try (ResultSet rs = statements.get("SELECT last_insert_rowid()").executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no id was generated");
            }
            return rs.getLong(1);
        }
    }

    /** The one value a query returns, or an SQLException saying {@code missing} when there is no row. */
    static <T> T single(Connection connection, String sql, Mapper<T> mapper, String missing,
            Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return first(statement, mapper).orElseThrow(() -> new SQLException(missing));
        }
    }

    /** The id of the row the statement just inserted (the project's connection keeps no generated keys). */
    static long insertedId(PreparedStatement statement) throws SQLException {
        try (Statement query = statement.getConnection().createStatement();
             ResultSet rs = query.executeQuery("SELECT last_insert_rowid()")) {
            if (!rs.next()) {
                throw new SQLException("no id was generated");
            }
            return rs.getLong(1);
        }
    }

    /**
     * The project connection's driver settings: no generated keys. With them the driver runs a
     * {@code SELECT last_insert_rowid()} of its own, prepared anew, after every insert, update and delete, used or
     * not; the stores ask for the new id themselves where they need it.
     */
    static Properties projectConnection() {
        Properties properties = new Properties();
        properties.setProperty("jdbc.get_generated_keys", "false");
        return properties;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return StoredInstant.parse(rs.getString(column));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
