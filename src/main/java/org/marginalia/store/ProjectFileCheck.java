package org.marginalia.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Looks at a file through a read-only connection before anything may write to it: a foreign, newer or damaged
 * file must be refused without a byte of it changing. A read-write connection would checkpoint a stale
 * {@code -wal} into the file on close even when we refuse it.
 */
final class ProjectFileCheck {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** What a read-only look found; {@code problem} is null when the checks found nothing wrong. */
    record Result(int applicationId, int version, boolean empty, String problem) {

        /** A file with no tables yet (a project whose creation was cut short) has no application id either. */
        boolean foreign(int expected) {
            return !empty && applicationId != expected;
        }
    }

    private ProjectFileCheck() {
    }

    /** Refuses files that are not SQLite databases at all, by their first bytes. */
    static void checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) {
                throw new StoreException(StoreException.Reason.NOT_A_PROJECT, file, "the file is empty");
            }
            if (Arrays.equals(head, SQLITE_HEADER)) {
                return;
            }
            if (allZero(head) && Files.size(file) >= 512) {
                throw new StoreException(StoreException.Reason.DAMAGED, file, "its header has been wiped (all zeros)");
            }
            throw new StoreException(StoreException.Reason.NOT_A_PROJECT, file, "it is not an SQLite database");
        } catch (IOException e) {
            throw StoreException.fromIo(e, file);
        }
    }

    /**
     * Refuses foreign, newer and damaged files through a read-only connection, so they are never written to.
     * {@code unclean} (a non-empty {@code -wal}: the last session did not close) asks for the full integrity check.
     */
    static void refuseUnusable(Path file, int latestVersion, boolean unclean) {
        Result found = read(file, latestVersion, ProjectFile.APPLICATION_ID, unclean);
        if (found.foreign(ProjectFile.APPLICATION_ID)) {
            throw new StoreException(StoreException.Reason.NOT_A_PROJECT, file,
                    "it is an SQLite database of another program");
        }
        if (found.version() > latestVersion) {
            throw new StoreException(StoreException.Reason.NEWER_VERSION, file, "its schema version is "
                    + found.version() + ", this Marginalia knows up to " + latestVersion);
        }
        if (found.problem() != null) {
            throw new StoreException(StoreException.Reason.DAMAGED, file, found.problem());
        }
    }

    /**
     * Reads the application id and schema version and, when both are acceptable, runs {@code quick_check}, or the
     * full {@code integrity_check} when {@code full}.
     */
    static Result read(Path file, int latestVersion, int applicationId, boolean full) {
        try (ReadOnlyConnection look = ReadOnlyConnection.open(file);
             Statement statement = look.connection().createStatement()) {
            int appId = intQuery(statement, "PRAGMA application_id");
            int version = intQuery(statement, "PRAGMA user_version");
            boolean empty = intQuery(statement, "SELECT count(*) FROM sqlite_schema") == 0;
            Result result = new Result(appId, version, empty, null);
            if (result.foreign(applicationId) || version > latestVersion) {
                return result;
            }
            return new Result(appId, version, empty, integrity(statement, full));
        } catch (SQLException e) {
            throw StoreException.from(e, file);
        }
    }

    /** Why a backup cannot be restored, or empty when it is a healthy Marginalia project. */
    static Optional<String> problem(Path file) {
        try {
            checkHeader(file);
            Result result = read(file, Integer.MAX_VALUE, ProjectFile.APPLICATION_ID, false);
            if (result.applicationId() != ProjectFile.APPLICATION_ID) {
                return Optional.of("it is not a Marginalia project");
            }
            return Optional.ofNullable(result.problem());
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String integrity(Statement statement, boolean full) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(full ? "PRAGMA integrity_check(50)" : "PRAGMA quick_check(50)")) {
            while (rs.next()) {
                for (String line : rs.getString(1).split("\n")) {
                    if (!"ok".equals(line) && !line.startsWith("*** in database")) {
                        problems.add(line.strip());
                    }
                }
            }
        }
        if (problems.isEmpty()) {
            return null;
        }
        // A user needs to know that and roughly where; three findings say it, fifty only bury the message.
        String shown = String.join("; ", problems.subList(0, Math.min(3, problems.size())));
        return problems.size() > 3 ? shown + " (and " + (problems.size() - 3) + " more problems)" : shown;
    }

    private static int intQuery(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale -shm is rebuilt by SQLite; it holds no data.
        }
    }
}
