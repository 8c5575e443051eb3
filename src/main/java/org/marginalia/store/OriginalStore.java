package org.marginalia.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The {@code original} and {@code original_chunk} tables: original files kept in pieces of {@link #CHUNK_BYTES}, so
 * that a file of any size is written from its stream and read back one piece at a time, never whole in memory, and
 * never as one SQLite value (which may not exceed 1,000,000,000 bytes).
 */
public final class OriginalStore {

    /** 4 MiB: few enough rows for a 1 GB file (239), small enough that a piece in memory does not matter. */
    static final int CHUNK_BYTES = 4 * 1024 * 1024;

    private final Connection connection;
    private final int chunkBytes;

    OriginalStore(Connection connection) {
        this(connection, CHUNK_BYTES);
    }

    /** With pieces of {@code chunkBytes}: tests use small ones, so that a small file spans several. */
    OriginalStore(Connection connection, int chunkBytes) {
        if (chunkBytes <= 0) {
            throw new IllegalArgumentException("chunk size " + chunkBytes);
        }
        this.connection = connection;
        this.chunkBytes = chunkBytes;
    }

    /**
     * Keeps the bytes read from {@code in} as a new original, piece by piece, and returns its id.
     *
     * @param expectedSha256 the hash the bytes must have (the file may not change between reading and storing), or
     *                       null to take whatever comes
     * @param fileName names the file in the error when the bytes are not the expected ones
     */
    public long write(InputStream in, String expectedSha256, String fileName) throws SQLException {
        long id;
        try (Statements once = new Statements(connection)) {
            id = Rows.insert(once, "original", List.of("size", "sha256"), 0, 0L, "0".repeat(64));
        }
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[chunkBytes];
        try (DigestInputStream digesting = new DigestInputStream(in, digest);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO original_chunk (original_id, seq, bytes) VALUES (?, ?, ?)")) {
            for (int seq = 0; ; seq++) {
                int read = digesting.readNBytes(buffer, 0, chunkBytes);
                if (read == 0) {
                    break;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new SQLException("keeping the original of '" + fileName + "' was interrupted");
                }
                Rows.bind(insert, id, seq, read == chunkBytes ? buffer : Arrays.copyOf(buffer, read));
                insert.executeUpdate();
                size += read;
            }
        } catch (IOException e) {
            throw new SQLException("cannot read '" + fileName + "' to keep it: " + e.getMessage(), e);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (expectedSha256 != null && !expectedSha256.equals(sha256)) {
            throw new SQLException("the file '" + fileName + "' changed while it was being imported; import it again");
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE original SET size = ?, sha256 = ? WHERE id = ?")) {
            Rows.bind(update, size, sha256, id);
            update.executeUpdate();
        }
        return id;
    }

    /** The length of a kept original, if there is one with this id. */
    public Optional<Long> size(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT size FROM original WHERE id = ?")) {
            Rows.bind(statement, id);
            return Rows.first(statement, rs -> rs.getLong(1));
        }
    }

    /** The SHA-256 of a kept original's bytes. */
    public String sha256(long id) throws SQLException {
        return Rows.single(connection, "SELECT sha256 FROM original WHERE id = ?", rs -> rs.getString(1),
                "no original with id " + id, id);
    }

    /** Writes a kept original to {@code out}, one piece at a time; a failure to write is an SQLException too. */
    public void copyTo(long id, OutputStream out) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT bytes FROM original_chunk WHERE original_id = ? AND seq = ?")) {
            for (int seq = 0; ; seq++) {
                Rows.bind(statement, id, seq);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                    out.write(rs.getBytes(1));
                }
            }
        } catch (IOException e) {
            throw new SQLException("cannot write original " + id + ": " + e.getMessage(), e);
        }
    }

    /** Up to {@code length} first bytes of a kept original (from its first piece): enough to tell its format by. */
    public byte[] head(long id, int length) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT substr(bytes, 1, ?) FROM original_chunk WHERE original_id = ? AND seq = 0")) {
            Rows.bind(statement, length, id);
            return Rows.first(statement, rs -> rs.getBytes(1)).orElse(new byte[0]);
        }
    }

    /** A kept original whole in memory: only for one known to be small enough (a Java array holds under 2 GiB). */
    public byte[] readAll(long id) throws SQLException {
        long size = size(id).orElseThrow(() -> new SQLException("no original with id " + id));
        if (size > Integer.MAX_VALUE - 16) {
            throw new SQLException("original " + id + " is too large to read at once (" + size + " bytes)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
        copyTo(id, out);
        return out.toByteArray();
    }

    /** How many originals are kept in pieces, and in how many pieces: {@code [originals, pieces]}. */
    public long[] count() throws SQLException {
        return Rows.single(connection, "SELECT (SELECT count(*) FROM original), (SELECT count(*) FROM original_chunk)",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, "no answer");
    }

    /** Whether some original is named by no source and no kept version. */
    public boolean hasOrphans() throws SQLException {
        return Rows.single(connection, """
                SELECT EXISTS (SELECT 1 FROM original
                    WHERE id NOT IN (SELECT original_id FROM document WHERE original_id IS NOT NULL)
                      AND id NOT IN (SELECT original_id FROM document_version WHERE original_id IS NOT NULL))""",
                rs -> rs.getBoolean(1), "no answer");
    }

    /**
     * Removes the originals that no source and no kept version names any more (left by removed sources, kept so
     * that undo could put them back); returns how many.
     */
    public int pruneOrphans() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                DELETE FROM original
                WHERE id NOT IN (SELECT original_id FROM document WHERE original_id IS NOT NULL)
                  AND id NOT IN (SELECT original_id FROM document_version WHERE original_id IS NOT NULL)""")) {
            return statement.executeUpdate();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
