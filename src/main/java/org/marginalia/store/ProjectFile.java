package org.marginalia.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One open {@code .marginalia} project: the single SQLite connection to it, its schema checks and its
 * transactions. Every user action runs in {@link #inTransaction}, which commits or rolls back as a whole.
 *
 * <p>Not thread-safe: the window confines it to one background thread, the command line to its main thread.
 */
public final class ProjectFile implements AutoCloseable {

    /** "MRGN": marks a SQLite file as a Marginalia project (PRAGMA application_id). */
    public static final int APPLICATION_ID = 0x4D52474E;
    static final int BUSY_TIMEOUT_MS = 2000;

    private final Path path;
    private final Connection connection;
    private final Backups backups;
    private final ReadOnlyConnection readOnly;
    private int depth;
    private long committed;

    ProjectFile(Path path, Connection connection, ReadOnlyConnection readOnly) {
        this.path = path;
        this.connection = connection;
        this.backups = new Backups(path, Clock.systemUTC());
        this.readOnly = readOnly;
    }

    /** Creates a new, empty project, owner-only from the start. Refuses to overwrite an existing file. */
    public static ProjectFile create(Path path) {
        Path file = path.toAbsolutePath();
        try {
            PrivateFiles.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(StoreException.Reason.CONFLICT, file, "a file of that name exists already");
        } catch (IOException e) {
            throw StoreException.fromIo(e, file);
        }
        try {
            return openChecked(file, Migrations.bundled());
        } catch (RuntimeException e) {
            deleteIfEmpty(file);
            throw e;
        }
    }

    /** Opens an existing project, upgrading its schema if it is older. A newer or foreign file is left untouched. */
    public static ProjectFile open(Path path) {
        Path file = path.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, file, null);
        }
        ProjectFileCheck.checkHeader(file);
        return openChecked(file, Migrations.bundled());
    }

    /** Opens an existing project, or creates it when there is no file yet. */
    public static ProjectFile openOrCreate(Path path) {
        return Files.exists(path) ? open(path) : create(path);
    }

    static ProjectFile openChecked(Path file, Migrations migrations) {
        PrivateTemp.directory();
        boolean existing = size(file) > 0;
        if (existing) {
            boolean unclean = size(ProjectFileCheck.sibling(file, "-wal")) > 0;
            ProjectFileCheck.refuseUnusable(file, migrations.latestVersion(), unclean);
        }
        if (existing && !writable(file)) {
            return openReadOnly(file, migrations);
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file, Rows.projectConnection());
            ProjectFile project = new ProjectFile(file, connection, null);
            project.prepare(migrations, existing);
            return project;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.from(e, file);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * A file (or folder) that may not be written is opened read-only, so reading commands work; a write then fails
     * with "is read-only". An upgrade cannot be written either, so an older file is refused.
     */
    private static ProjectFile openReadOnly(Path file, Migrations migrations) {
        return ReadOnlyConnection.project(file, statement -> {
            if (intPragma(statement, "user_version") < migrations.latestVersion()) {
                throw new StoreException(StoreException.Reason.READ_ONLY, file, "it needs an upgrade to this"
                        + " version of Marginalia, which cannot be written; copy it somewhere writable first");
            }
            statement.execute("PRAGMA foreign_keys = ON");
            return true;
        });
    }

    private static boolean writable(Path file) {
        return Files.isWritable(file) && Files.isWritable(file.toAbsolutePath().getParent());
    }

    /** Whether the project was opened read-only (its file or folder may not be written). */
    public boolean readOnly() {
        return readOnly != null;
    }

    private void prepare(Migrations migrations, boolean existing) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Exclusive before the first read: the lock is then held from open to close, so a second window or
            // process fails at once with "open elsewhere", and the wal-index lives in memory, not in a -shm file.
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA trusted_schema = OFF");
            statement.execute("PRAGMA cell_size_check = ON");
            statement.execute("PRAGMA mmap_size = 0");
            statement.execute("PRAGMA temp_store_directory = '"
                    + PrivateTemp.directory().toString().replace("'", "''") + "'");
            int version = intPragma(statement, "user_version");
            if (existing && version < migrations.latestVersion()) {
                backups.create(connection, "before-upgrade");
            }
            // Foreign keys stay off while a migration rebuilds a table (dropping a parent with them on would
            // cascade-delete its children); every reference is checked before the commit instead. The pragma is
            // ignored inside a transaction, so it is set before the first BEGIN.
            statement.execute("PRAGMA foreign_keys = OFF");
            connection.setAutoCommit(false);
            try {
                if (version < migrations.latestVersion()) {
                    migrations.upgrade(connection, version);
                    refuseBrokenReferences(statement);
                }
                if (intPragma(statement, "application_id") != APPLICATION_ID) {
                    // Only when needed: opening must not write, or reading would fail on a full disk.
                    statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            // Takes effect only outside a transaction, so it is switched on between the commit and the next BEGIN.
            connection.setAutoCommit(true);
            statement.execute("PRAGMA foreign_keys = ON");
            connection.setAutoCommit(false);
        }
    }

    private void refuseBrokenReferences(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new StoreException(StoreException.Reason.DAMAGED, path, "upgrading it would leave row "
                        + rs.getLong(2) + " of " + rs.getString(1) + " pointing to a missing " + rs.getString(3));
            }
        }
    }

    /**
     * Writes a backup of the project now ({@link Backups} names, syncs and prunes it). Runs between transactions:
     * SQLite cannot copy a database from inside one.
     */
    public BackupFile backup(String reason) {
        try {
            connection.setAutoCommit(true);
            try {
                return backups.create(connection, reason);
            } finally {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw StoreException.from(e, path);
        }
    }

    /** This project's backups folder. */
    public Backups backups() {
        return backups;
    }

    /** Whether any row was written since the project was opened (migrations included). */
    public boolean changedSinceOpen() {
        try (Statement statement = connection.createStatement()) {
            return intQuery(statement, "SELECT total_changes()") > 0;
        } catch (SQLException e) {
            throw StoreException.from(e, path);
        }
    }

    static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw StoreException.fromIo(e, file);
        }
    }

    private static void deleteIfEmpty(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // The creation error is the one to report; an empty file is refused by name on the next open.
        }
    }

    /**
     * Runs one user action as one transaction: all of it is committed, or none of it. A call made from inside
     * another's work joins that transaction, so a use case built from smaller ones is still one transaction.
     */
    public <T> T inTransaction(Work<T> work) {
        Transaction tx = new Transaction(connection);
        if (depth > 0) {
            try {
                return work.run(tx);
            } catch (SQLException e) {
                throw StoreException.from(e, path);
            } finally {
                tx.closeStatements();
            }
        }
        depth++;
        try {
            T result = work.run(tx);
            connection.commit();
            committed++;
            return result;
        } catch (SQLException e) {
            StoreException failure = StoreException.from(e, path);
            rollback(failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } finally {
            depth--;
            tx.closeStatements();
        }
    }

    /** How many transactions were committed since the project was opened; tests hold "one action, one commit". */
    public long transactionsCommitted() {
        return committed;
    }

    private void rollback(Throwable original) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The original failure is what the user needs to see; the failed rollback rides along.
            original.addSuppressed(e);
            reopenTransaction(original);
        }
    }

    /**
     * After SQLITE_FULL or an I/O error SQLite may roll the transaction back by itself; the driver's rollback then
     * fails before it opens the next transaction, and the following action would run statement by statement,
     * no longer all or nothing. Opening it here restores that; if a transaction is still open, BEGIN fails
     * harmlessly.
     */
    private void reopenTransaction(Throwable original) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
        } catch (SQLException e) {
            original.addSuppressed(e);
        }
    }

    /** For tests in this package: to read pragmas back and to simulate a full disk. */
    Connection connection() {
        return connection;
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
    public List<String> check() {
        return inTransaction(tx -> {
            List<String> problems = new ArrayList<>();
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
            if (readOnly != null) {
                readOnly.close();
            } else {
                connection.close();
            }
        } catch (SQLException e) {
            throw StoreException.from(e, path);
        }
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        return intQuery(statement, "PRAGMA " + pragma);
    }

    static int intQuery(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void closeQuietly(AutoCloseable connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (Exception ignored) {
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
