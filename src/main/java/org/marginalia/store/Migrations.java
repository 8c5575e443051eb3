package org.marginalia.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered SQL scripts in {@code migrations/NNN.sql} are the only source of the schema; {@code user_version}
 * records how many have run. All pending scripts run in one transaction, so a crash leaves the old schema intact.
 */
final class Migrations {

    private final List<String> scripts;

    private Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    static Migrations bundled() {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            String name = String.format("migrations/%03d.sql", version);
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    return new Migrations(scripts);
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema script " + name, e);
            }
        }
    }

    /** For tests of upgrade paths: the given scripts as versions 1, 2, 3... */
    static Migrations of(List<String> scripts) {
        return new Migrations(scripts);
    }

    List<String> scripts() {
        return scripts;
    }

    int latestVersion() {
        return scripts.size();
    }

    /** Runs the scripts after {@code currentVersion}; the caller owns the transaction. */
    void upgrade(Connection connection, int currentVersion) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int version = currentVersion + 1; version <= scripts.size(); version++) {
                // sqlite-jdbc runs every statement of a script given to executeUpdate (sqlite3_exec).
                statement.executeUpdate(scripts.get(version - 1));
                statement.executeUpdate("PRAGMA user_version = " + version);
            }
        }
    }
}
