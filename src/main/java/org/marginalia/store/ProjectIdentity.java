package org.marginalia.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A project's own id, written once by a migration and carried by every backup of it. */
final class ProjectIdentity {

    private static final String QUERY = "SELECT value FROM project_info WHERE key = 'project_id'";

    private ProjectIdentity() {
    }

    /** The id of the project open on {@code connection}, or null before the migration that gives one. */
    static String of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(QUERY)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                return null;
            }
            throw e;
        }
    }

    /** The id a file carries, or null when it carries none or cannot be read. */
    static String of(Path file) {
        try (ReadOnlyConnection look = ReadOnlyConnection.open(file)) {
            return of(look.connection());
        } catch (SQLException e) {
            return null;
        }
    }
}
