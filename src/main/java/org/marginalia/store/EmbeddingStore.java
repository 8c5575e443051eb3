package org.marginalia.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code sentence_embedding} table: one source text's sentence vectors under one model, keyed by the source's
 * content hash so that they can never be read for another text.
 */
public final class EmbeddingStore {

    private final Connection connection;

    EmbeddingStore(Connection connection) {
        this.connection = connection;
    }

    /** The stored vectors of the text with hash {@code sha256} under {@code model}, one row per sentence. */
    public Optional<float[][]> get(String sha256, String model) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT sentence_count, dimensions, vectors FROM sentence_embedding
                WHERE source_sha256 = ? AND model = ?""")) {
            Rows.bind(statement, sha256, model);
            return Rows.first(statement, rs -> decode(rs.getInt("sentence_count"), rs.getInt("dimensions"),
                    rs.getBytes("vectors")));
        }
    }

    /** Stores (or replaces) the vectors of a text; all rows have the same length. */
    public void put(String sha256, String model, float[][] vectors) throws SQLException {
        int dimensions = vectors.length == 0 ? 1 : vectors[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(vectors.length * dimensions * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : vectors) {
            if (row.length != dimensions) {
                throw new IllegalArgumentException("Sentence vectors differ in length: " + row.length + " and "
                        + dimensions);
            }
            for (float x : row) {
                buffer.putFloat(x);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO sentence_embedding (source_sha256, model, sentence_count, dimensions, vectors)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (source_sha256, model) DO UPDATE SET sentence_count = excluded.sentence_count,
                    dimensions = excluded.dimensions, vectors = excluded.vectors""")) {
            Rows.bind(statement, sha256, model, vectors.length, dimensions, buffer.array());
            statement.executeUpdate();
        }
    }

    /** Deletes the vectors of texts no source has any more; returns how many were deleted. */
    public int pruneOrphans() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM sentence_embedding WHERE source_sha256 NOT IN (SELECT sha256 FROM document)")) {
            return statement.executeUpdate();
        }
    }

    private static float[][] decode(int count, int dimensions, byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[][] out = new float[count][dimensions];
        for (float[] row : out) {
            for (int i = 0; i < dimensions; i++) {
                row[i] = buffer.getFloat();
            }
        }
        return out;
    }
}
