package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/** The citation details of a source are written and read back, and found again by their Zotero item. */
class CitationDetailsStoreTest {

    @TempDir
    Path dir;
    ProjectFile file;

    @BeforeEach
    void open() {
        file = ProjectFile.create(dir.resolve("t.marginalia"));
    }

    @AfterEach
    void close() {
        file.close();
    }

    @Test
    void aNewSourceHasNoneAndKeepsWhatIsWritten() {
        long id = file.inTransaction(tx -> tx.documents().insert(new ImportedSource(SourceMetadata.titled("Memo"),
                SourceType.TEXT, "memo.txt", "x".getBytes(StandardCharsets.UTF_8), "b".repeat(64), "x",
                PageStarts.none()), Instant.EPOCH));
        assertThat(details(id)).contains(CitationDetails.NONE);

        CitationDetails details = new CitationDetails("article-journal", "Cold War History", "groups/42", "ABCD2345",
                "EFGH6789");
        file.inTransaction(tx -> {
            tx.citationDetails().update(id, details);
            return null;
        });

        assertThat(details(id)).contains(details);
        assertThat(zoteroItem("groups/42", "ABCD2345"))
                .contains(id);
        assertThat(zoteroItem("library", "ABCD2345")).isEmpty();
        assertThat(details(id + 1)).isEmpty();
    }

    private Optional<CitationDetails> details(long id) {
        return file.inTransaction(tx -> tx.citationDetails().get(id));
    }

    private Optional<Long> zoteroItem(String library, String key) {
        return file.inTransaction(tx -> tx.citationDetails().findByZoteroItem(library, key));
    }

    @Test
    void updatingAMissingSourceFails() {
        assertThatThrownBy(() -> file.inTransaction(tx -> {
            tx.citationDetails().update(99, CitationDetails.NONE);
            return null;
        })).hasMessageContaining("no source with id 99");
    }
}
