package org.marginalia.importer.bibliography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.export.bibliography.BibTeXWriter;
import org.marginalia.export.bibliography.CslJsonWriter;
import org.marginalia.export.bibliography.RisWriter;
import org.marginalia.importer.ImportException;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.CitedSource;
import org.marginalia.model.SourceMetadata;

/** Every mapped field survives a bibliography written by Marginalia and read back; damaged files are refused. */
class BibliographyRoundTripTest {

    private static final List<CitedSource> SOURCES = List.of(
            new CitedSource("memo", new SourceMetadata("Memorandum of Conversation: Bush and Putin",
                    "{White House Situation Room}", "", "2001-11-13", "", "George W. Bush Presidential Library",
                    "National Security Council Records", "12", "3", "2001-11-12"),
                    CitationDetails.ofType("manuscript", "")),
            new CitedSource("gaddis", new SourceMetadata("The Cold War: A New History", "Gaddis, John Lewis",
                    "Penguin Press", "2005", "", "", "", "", "", ""), CitationDetails.ofType("book", "")),
            new CitedSource("article", new SourceMetadata("NATO Expansion: What Gorbachev Heard",
                    "Savranskaya, Svetlana; Blanton, Thomas", "", "2017-12", "https://example.org/nato", "", "", "",
                    "", ""), CitationDetails.ofType("article-journal", "Cold War History")),
            new CitedSource("web", new SourceMetadata("The U.S. Declassified Conversation", "Blanton, Thomas",
                    "National Security Archive", "2021-12-21", "https://nsarchive.gwu.edu/x", "", "", "", "", ""),
                    CitationDetails.ofType("webpage", "")));

    @TempDir
    Path dir;

    interface Writer {
        void write(List<CitedSource> sources, OutputStream out) throws IOException;
    }

    private List<CitedSource> roundTrip(String name, Writer writer) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(SOURCES, out);
        }
        return new BibliographyReader().read(file);
    }

    @Test
    void cslJsonKeepsEveryField() throws IOException {
        assertThat(roundTrip("sources.json", new CslJsonWriter()::write)).containsExactlyElementsOf(SOURCES);
    }

    @Test
    void bibtexKeepsEveryField() throws IOException {
        assertThat(roundTrip("sources.bib", new BibTeXWriter()::write)).containsExactlyElementsOf(SOURCES);
    }

    @Test
    void risKeepsEveryField() throws IOException {
        assertThat(roundTrip("sources.ris", new RisWriter()::write)).containsExactlyElementsOf(SOURCES);
    }

    @Test
    void malformedBibtexIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("broken.bib");
        Files.writeString(file, "@book{gaddis, title = {The Cold War, author = Gaddis}\n@article{",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new BibliographyReader().read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("broken.bib").hasMessageContaining("not valid BibTeX")
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.DAMAGED);
    }

    @Test
    void aHundredMegabyteRisIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.ris");
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.write("TY  - BOOK\r\nTI  - ".getBytes(StandardCharsets.US_ASCII));
            huge.setLength(100L * 1024 * 1024);
        }
        assertThatThrownBy(() -> new BibliographyReader().read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("huge.ris").hasMessageContaining("100 MB")
                .extracting(e -> ((ImportException) e).reason()).isEqualTo(ImportException.Reason.TOO_LARGE);
    }

    @Test
    void jsonThatIsNotCslIsRefused() throws IOException {
        Path file = dir.resolve("items.json");
        Files.writeString(file, "[{\"id\": \"x\", \"issued\": \"not a date object\"", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new BibliographyReader().read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("items.json");
    }
}
