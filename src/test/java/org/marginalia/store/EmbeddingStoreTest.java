package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/** Round trips of the sentence vectors and of a source's language, and the pruning of vectors no source uses. */
class EmbeddingStoreTest {

    private static final String SHA = "b".repeat(64);

    @TempDir
    Path dir;
    ProjectFile file;

    @BeforeEach
    void open() {
        file = ProjectFile.create(dir.resolve("e.marginalia"));
    }

    @AfterEach
    void close() {
        file.close();
    }

    private long addSource() {
        String text = "One sentence. Another one.";
        ImportedSource source = new ImportedSource(SourceMetadata.titled("Notes"), SourceType.TEXT, "notes.txt",
                text.getBytes(StandardCharsets.UTF_8), SHA, text, PageStarts.none());
        return file.inTransaction(tx -> tx.documents().insert(source, Instant.EPOCH));
    }

    private Optional<float[][]> stored(String sha, String model) {
        return file.inTransaction(tx -> tx.embeddings().get(sha, model));
    }

    @Test
    void vectorsComeBackExactlyUnderTheirHashAndModelOnly() {
        addSource();
        float[][] vectors = {{0.25f, -1.5f, 3e-7f}, {Float.MIN_VALUE, 0, -0f}};
        file.inTransaction(tx -> {
            tx.embeddings().put(SHA, "model-a", vectors);
            return null;
        });
        assertThat(stored(SHA, "model-a")).hasValueSatisfying(
                back -> assertThat(back).isDeepEqualTo(vectors));
        assertThat(stored(SHA, "model-b")).isEmpty();
        assertThat(stored("c".repeat(64), "model-a")).isEmpty();
        float[][] replaced = {{1, 2, 3}};
        file.inTransaction(tx -> {
            tx.embeddings().put(SHA, "model-a", replaced);
            return null;
        });
        assertThat(stored(SHA, "model-a")).hasValueSatisfying(
                back -> assertThat(back).isDeepEqualTo(replaced));
    }

    @Test
    void vectorsOfADeletedSourceArePruned() {
        long id = addSource();
        file.inTransaction(tx -> {
            tx.embeddings().put(SHA, "model-a", new float[][] {{1}});
            tx.embeddings().put("d".repeat(64), "model-a", new float[][] {{1}});
            return tx.embeddings().pruneOrphans();
        });
        assertThat(stored(SHA, "model-a")).isPresent();
        int pruned = file.inTransaction(tx -> {
            tx.documents().delete(id);
            return tx.embeddings().pruneOrphans();
        });
        assertThat(pruned).isEqualTo(1);
        assertThat(stored(SHA, "model-a")).isEmpty();
    }

    @Test
    void aSourceKeepsTheLanguageSetForIt() {
        long id = addSource();
        String unset = file.inTransaction(tx -> tx.documents().language(id));
        assertThat(unset).isEmpty();
        file.inTransaction(tx -> {
            tx.documents().setLanguage(id, "de");
            return null;
        });
        String set = file.inTransaction(tx -> tx.documents().language(id));
        assertThat(set).isEqualTo("de");
    }
}
