package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The insert statements of one transaction, each prepared once and reused: SQLite compiles an insert together with
 * every trigger on its table, and an import of 100,000 codes spent a third of its time preparing the same three
 * inserts again for each row. Closed with the transaction, so a long window session keeps none open.
 */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared on first use; the caller binds every parameter and never closes it. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    @Override
    public void close() {
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // Closing the connection finalizes it in any case; the transaction's outcome is what matters.
            }
        }
        prepared.clear();
    }
}
