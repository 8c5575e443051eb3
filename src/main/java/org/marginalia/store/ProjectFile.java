package org.marginalia.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * One open {@code .marginalia} project: the single SQLite connection to it, its schema checks and its
 * transactions. Every user action runs in {@link #inTransaction}, which commits or rolls back as a whole.
 *
 * <p>Not thread-safe: the window confines it to one background thread, the command line to its main thread.
 */
public final class ProjectFile implements AutoCloseable {

    /** "MRGN": marks a SQLite file as a Marginalia project (PRAGMA application_id). */
    public static final int APPLICATION_ID = 0x4D52474E;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 2000;

    private final Path path;
    private final Connection connection;

    private ProjectFile(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Creates a new, empty project. Refuses to overwrite an existing file. */
    public static ProjectFile create(Path path) {
        Path file = path.toAbsolutePath();
        if (Files.exists(file)) {
            throw new StoreException(StoreException.Reason.CONFLICT, file, "a file of that name exists already");
        }
        return openChecked(file, Migrations.bundled());
    }

    /** Opens an existing project, upgrading its schema if it is older. A newer or foreign file is left untouched. */
    public static ProjectFile open(Path path) {
        Path file = path.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, file, null);
        }
        checkHeader(file);
        return openChecked(file, Migrations.bundled());
    }

    /** Opens an existing project, or creates it when there is no file yet. */
    public static ProjectFile openOrCreate(Path path) {
        return Files.exists(path) ? open(path) : create(path);
    }

    static ProjectFile openChecked(Path file, Migrations migrations) {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            ProjectFile project = new ProjectFile(file, connection);
            project.prepare(migrations);
            return project;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.from(e, file);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private void prepare(Migrations migrations) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            // Read-only checks first: a newer or foreign file must not be changed, not even its journal mode.
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            boolean empty = intQuery(statement, "SELECT count(*) FROM sqlite_schema") == 0;
            if (!empty && applicationId != APPLICATION_ID) {
                throw new StoreException(StoreException.Reason.NOT_A_PROJECT, path,
                        "it is an SQLite database of another program");
            }
            if (version > migrations.latestVersion()) {
                throw new StoreException(StoreException.Reason.NEWER_VERSION, path,
                        "its schema version is " + version + ", this Marginalia knows up to " + migrations.latestVersion());
            }
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA trusted_schema = OFF");
            statement.execute("PRAGMA cell_size_check = ON");
            statement.execute("PRAGMA mmap_size = 0");
            checkIntegrity(statement);
            connection.setAutoCommit(false);
            try {
                if (version < migrations.latestVersion()) {
                    migrations.upgrade(connection, version);
                }
                statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void checkIntegrity(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
            if (rs.next() && !"ok".equals(rs.getString(1))) {
                throw new StoreException(StoreException.Reason.DAMAGED, path, rs.getString(1));
            }
        }
    }

    private static void checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) {
                throw new StoreException(StoreException.Reason.NOT_A_PROJECT, file, "the file is empty");
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException(StoreException.Reason.NOT_A_PROJECT, file, "it is not an SQLite database");
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, file, e.getMessage(), e);
        }
    }

    /** Runs one user action as one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(Work<T> work) {
        try {
            T result = work.run(new Transaction(connection));
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw StoreException.from(e, path);
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        }
    }

    private void rollback(Throwable original) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The original failure is what the user needs to see; the failed rollback rides along.
            original.addSuppressed(e);
        }
    }

    public Path path() {
        return path;
    }

    /** The file name without its extension, as shown in the window title. */
    public String name() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public int schemaVersion() {
        return inTransaction(tx -> {
            try (Statement statement = connection.createStatement()) {
                return intPragma(statement, "user_version");
            }
        });
    }

    /** Runs SQLite's full integrity and foreign-key checks; returns the problems found, empty when healthy. */
    public java.util.List<String> check() {
        return inTransaction(tx -> {
            java.util.List<String> problems = new java.util.ArrayList<>();
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        if (!"ok".equals(rs.getString(1))) {
                            problems.add(rs.getString(1));
                        }
                    }
                }
                try (ResultSet rs = statement.executeQuery("PRAGMA foreign_key_check")) {
                    while (rs.next()) {
                        problems.add("row " + rs.getLong(2) + " of " + rs.getString(1) + " points to a missing "
                                + rs.getString(3));
                    }
                }
            }
            return problems;
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw StoreException.from(e, path);
        }
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        return intQuery(statement, "PRAGMA " + pragma);
    }

    private static int intQuery(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already failing to open; the first error is the one to report.
            }
        }
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Transaction tx) throws SQLException;
    }
}
