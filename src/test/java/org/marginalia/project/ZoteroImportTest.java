package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.ImportException;
import org.marginalia.importer.Importers;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.Document;
import org.marginalia.model.SourceMetadata;

/** Sources from a Zotero library the test builds: metadata and file come in, hostile libraries change nothing. */
class ZoteroImportTest {

    @TempDir
    Path dir;

    private Project project() {
        return Project.create(dir.resolve("p.marginalia"), Importers.standard()::read);
    }

    @Test
    void anItemWithAStoredFileBecomesASourceWithItsCitationFieldsAndZoteroItem() throws Exception {
        Path library = ZoteroFixture.create(dir.resolve("Zotero"), "storage:memo.txt");
        try (Project project = project()) {
            ZoteroImport result = project.zotero().importLibrary(library, Set.of("NATO 2001"), Set.of());

            assertThat(result.added()).hasSize(1);
            Document source = result.added().get(0);
            assertThat(source.metadata()).isEqualTo(new SourceMetadata("Memorandum of Conversation: Bush and Putin",
                    "Rice, Condoleezza; {White House}", "", "2001-11-13", "", "George W. Bush Presidential Library",
                    "National Security Council Records", "12", "3", ""));
            assertThat(project.sources().text(source.id())).isEqualTo(ZoteroFixture.TEXT);
            CitationDetails details = project.citations().details(source.id());
            assertThat(details.itemType()).isEqualTo("manuscript");
            assertThat(details.zoteroSelectLink()).isEqualTo("zotero://select/library/items/ABCD2345");
            assertThat(details.zoteroPageLink(2)).isEqualTo("zotero://open-pdf/library/items/EFGH6789?page=2");
            assertThat(Files.readAllBytes(library.resolve("zotero.sqlite"))).startsWith(
                    "SQLite format 3".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void anItemWhoseFileIsAlreadyInTheProjectIsLinkedNotImportedTwice() throws Exception {
        Path library = ZoteroFixture.create(dir.resolve("Zotero"), "storage:memo.txt");
        Path same = dir.resolve("memo.txt");
        Files.writeString(same, ZoteroFixture.TEXT, StandardCharsets.UTF_8);
        try (Project project = project()) {
            Document mine = project.sources().importFile(same).document();

            ZoteroImport result = project.zotero().importLibrary(library, Set.of(), Set.of());

            assertThat(result.added()).isEmpty();
            assertThat(result.linked()).extracting(Document::id).containsExactly(mine.id());
            assertThat(project.sources().list()).hasSize(1);
            assertThat(project.citations().details(mine.id()).zoteroKey()).isEqualTo(ZoteroFixture.ITEM_KEY);
        }
    }

    @Test
    void aFileThatIsNotAZoteroDatabaseIsRefusedAndNothingIsWritten() throws Exception {
        Path library = Files.createDirectories(dir.resolve("NotZotero"));
        Files.writeString(library.resolve("zotero.sqlite"), "this is a shopping list, not a database");
        try (Project project = project()) {
            assertThatThrownBy(() -> project.zotero().importLibrary(library, Set.of(), Set.of()))
                    .isInstanceOf(ImportException.class).hasMessageContaining("zotero.sqlite")
                    .hasMessageContaining("not a Zotero database");
            assertThat(project.sources().list()).isEmpty();
        }
    }

    @Test
    void anAttachmentPathThatEscapesStorageIsRefusedAndNothingIsWritten() throws Exception {
        Path library = ZoteroFixture.create(dir.resolve("Zotero"), "storage:../../../p.marginalia");
        try (Project project = project()) {
            assertThatThrownBy(() -> project.zotero().importLibrary(library, Set.of(), Set.of()))
                    .isInstanceOf(ImportException.class).hasMessageContaining("escapes storage/");
            assertThat(project.sources().list()).isEmpty();
        }
    }
}
