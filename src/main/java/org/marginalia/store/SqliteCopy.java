package org.marginalia.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies a database as SQLite sees it, never as bytes: work committed only to its {@code -wal} (a file left by a
 * crash) is part of the copy, and the source is opened read-only so it cannot change.
 */
final class SqliteCopy {

    private SqliteCopy() {
    }

    /** Writes {@code source} into {@code target}, which must not exist or be empty. */
    static void copy(Path source, Path target) {
        try (ReadOnlyConnection look = ReadOnlyConnection.open(source);
             Statement statement = look.connection().createStatement()) {
            statement.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw StoreException.from(e, target);
        }
    }
}
