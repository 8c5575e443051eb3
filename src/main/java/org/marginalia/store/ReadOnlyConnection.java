package org.marginalia.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * A look at a database that cannot change it and leaves nothing behind: opened read-only; the {@code -shm} and
 * empty {@code -wal} SQLite creates on the way are removed on close (beside the real file: SQLite follows
 * symlinks). Where SQLite cannot create its {@code -shm} (a full disk, a read-only folder) and there is no
 * {@code -wal}, so the main file holds everything, the file is read as immutable, which needs no {@code -shm}.
 */
final class ReadOnlyConnection implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final boolean walExisted;
    private final boolean shmExisted;

    private ReadOnlyConnection(Path file, Connection connection, boolean walExisted, boolean shmExisted) {
        this.file = file;
        this.connection = connection;
        this.walExisted = walExisted;
        this.shmExisted = shmExisted;
    }

    static ReadOnlyConnection open(Path file) throws SQLException {
        Path real = realPath(file);
        boolean walExisted = Files.exists(ProjectFileCheck.sibling(real, "-wal"));
        boolean shmExisted = Files.exists(ProjectFileCheck.sibling(real, "-shm"));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(ProjectFile.BUSY_TIMEOUT_MS);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + real, config.toProperties());
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM sqlite_schema").close();
        } catch (SQLException e) {
            connection.close();
            cleanUp(real, walExisted, shmExisted);
            String message = String.valueOf(e.getMessage());
            if (walExisted || !(message.contains("SQLITE_IOERR") || message.contains("SQLITE_CANTOPEN"))) {
                throw e;
            }
            connection = DriverManager.getConnection("jdbc:sqlite:file:" + real + "?immutable=1",
                    config.toProperties());
        }
        return new ReadOnlyConnection(real, connection, walExisted, shmExisted);
    }

    /** The checks and settings of a project read through a read-only connection. */
    @FunctionalInterface
    interface ProjectSetUp {
        /** Runs them; false declines the file (a typed refusal is thrown instead). */
        boolean accept(Statement statement) throws SQLException;
    }

    /**
     * A project read through a read-only connection to {@code file}, set up by {@code setUp}; null when it declines
     * the file. The connection is closed when it is declined or anything fails, so nothing is left beside the file.
     */
    static ProjectFile project(Path file, ProjectSetUp setUp) {
        ReadOnlyConnection look = null;
        try {
            look = open(file);
            boolean accepted;
            try (Statement statement = look.connection().createStatement()) {
                accepted = setUp.accept(statement);
            }
            if (!accepted) {
                ReadOnlyConnection declined = look;
                look = null;
                declined.close();
                return null;
            }
            look.connection().setAutoCommit(false);
            return new ProjectFile(file, look.connection(), look);
        } catch (SQLException e) {
            ProjectFile.closeQuietly(look);
            throw StoreException.from(e, file);
        } catch (RuntimeException e) {
            ProjectFile.closeQuietly(look);
            throw e;
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath();
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            cleanUp(file, walExisted, shmExisted);
        }
    }

    private static void cleanUp(Path file, boolean walExisted, boolean shmExisted) {
        if (!shmExisted) {
            ProjectFileCheck.deleteQuietly(ProjectFileCheck.sibling(file, "-shm"));
        }
        Path wal = ProjectFileCheck.sibling(file, "-wal");
        try {
            if (!walExisted && Files.exists(wal) && Files.size(wal) == 0) {
                Files.delete(wal);
            }
        } catch (IOException ignored) {
            // An empty -wal holds no data; SQLite reuses or removes it on the next open.
        }
    }
}
