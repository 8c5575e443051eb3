package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/** One page of a long paginated source opens with that page's text, and only that page's. */
class PageTextTest {

    private static final int PAGES = 5_000;

    @TempDir
    Path dir;

    private Project newProject() {
        return Project.create(dir.resolve("p.marginalia"), Importers.standard()::read);
    }

    /** A generated source of {@code pages} pages; each page names itself, and {@code extra} goes on page 2. */
    private static long addSource(Project project, int pages, String extra) throws NoSuchAlgorithmException {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[pages];
        for (int page = 1; page <= pages; page++) {
            starts[page - 1] = text.length();
            text.append("Page ").append(page).append(page == 2 ? extra : "").append(" of the ledger.\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        ImportedSource source = new ImportedSource(SourceMetadata.titled("Ledger"), SourceType.PDF, "ledger.pdf",
                bytes, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), text.toString(),
                PageStarts.of(starts));
        return project.sources().add(source).document().id();
    }

    @Test
    void anyPageOfAFiveThousandPageSourceOpensWithItsOwnText() throws NoSuchAlgorithmException {
        try (Project project = newProject()) {
            long id = addSource(project, PAGES, "");

            assertThat(project.sources().pageText(id, 1)).isEqualTo("Page 1 of the ledger.\n");
            assertThat(project.sources().pageText(id, 2_718)).isEqualTo("Page 2718 of the ledger.\n");
            assertThat(project.sources().pageText(id, PAGES)).isEqualTo("Page 5000 of the ledger.\n");
        }
    }

    @Test
    void pagesAfterACharacterBeyondTheBasicPlaneKeepTheirUtf16Offsets() throws NoSuchAlgorithmException {
        // "𝔖" is two UTF-16 units and one character for SQLite: page 3 must not start one character late.
        try (Project project = newProject()) {
            long id = addSource(project, 4, " (𝔖ealed)");

            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= 4; page++) {
                pages.add(project.sources().pageText(id, page));
            }

            assertThat(pages).containsExactly("Page 1 of the ledger.\n", "Page 2 (𝔖ealed) of the ledger.\n",
                    "Page 3 of the ledger.\n", "Page 4 of the ledger.\n");
            assertThat(String.join("", pages)).isEqualTo(project.sources().text(id));
        }
    }

    @Test
    void aPageThatIsNotThereIsRefusedWithTheSourcesPageCount() throws NoSuchAlgorithmException {
        try (Project project = newProject()) {
            long id = addSource(project, 3, "");

            assertThatThrownBy(() -> project.sources().pageText(id, 4)).isInstanceOf(ProjectException.class)
                    .hasMessageContaining("has 3 pages, not a page 4");
        }
    }
}
