package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.marginalia.importer.ImportException.Reason;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceType;

class PdfImporterTest {

    private final PdfImporter importer = new PdfImporter();

    @Test
    void eachPageStartIsWhereThatPagesTextBegins() {
        byte[] pdf = PdfFixtures.pages(List.of(
                List.of("Memorandum of conversation", "Ljubljana, June 16, 2001"),
                List.of("The President said Russia could be an ally."),
                List.of("End of conversation")));

        ImportedSource source = importer.read("memcon.pdf", pdf);

        PageStarts pages = source.pages();
        assertThat(source.type()).isEqualTo(SourceType.PDF);
        assertThat(pages.pageCount()).isEqualTo(3);
        assertThat(pages.startOf(1)).isZero();
        assertThat(source.text().substring(pages.startOf(1), pages.startOf(2)))
                .isEqualTo("Memorandum of conversation\nLjubljana, June 16, 2001\n");
        assertThat(source.text().substring(pages.startOf(2), pages.startOf(3)))
                .isEqualTo("The President said Russia could be an ally.\n");
        assertThat(source.text().substring(pages.startOf(3))).isEqualTo("End of conversation\n");
        assertThat(pages.pageAt(source.text().indexOf("ally"))).isEqualTo(2);
    }

    @Test
    void anEmptyPageInTheMiddleKeepsTheFollowingPagesInPlace() {
        byte[] pdf = PdfFixtures.pages(List.of(List.of("Before"), List.of(), List.of("After")));

        ImportedSource source = importer.read("gap.pdf", pdf);

        assertThat(source.pages().pageCount()).isEqualTo(3);
        assertThat(source.text().substring(source.pages().startOf(3))).isEqualTo("After\n");
        assertThat(source.pages().pageAt(source.text().indexOf("After"))).isEqualTo(3);
    }

    @Test
    void textHasOnlyLineFeedsAsLineEnds() {
        ImportedSource source = importer.read("lines.pdf", PdfFixtures.pages(List.of(List.of("one", "two", "three"))));

        assertThat(source.text()).isEqualTo("one\ntwo\nthree\n").doesNotContain("\r");
    }

    @Test
    void titleAuthorAndCreationDayComeFromTheDocumentInformation() {
        byte[] pdf = PdfFixtures.withInfo(List.of("Text"), "Minutes of the Ljubljana meeting", "Condoleezza Rice",
                PdfFixtures.utcCalendar(2001, 6, 16));

        ImportedSource source = importer.read("scan-0042.pdf", pdf);

        assertThat(source.metadata().title()).isEqualTo("Minutes of the Ljubljana meeting");
        assertThat(source.metadata().author()).isEqualTo("Condoleezza Rice");
        assertThat(source.metadata().date()).isEqualTo("2001-06-16");
    }

    @Test
    void withoutATitleTheFileNameIsTheTitle() {
        ImportedSource source = importer.read("Bush-Putin memcon.pdf", PdfFixtures.pages(List.of(List.of("Text"))));

        assertThat(source.metadata().title()).isEqualTo("Bush-Putin memcon");
        assertThat(source.metadata().author()).isEmpty();
    }

    @Test
    void aUserPasswordIsReportedAsEncrypted() {
        byte[] pdf = PdfFixtures.userPassword(List.of("Secret"), "letmein");

        assertThatThrownBy(() -> importer.read("locked.pdf", pdf))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED))
                .hasMessageContaining("locked.pdf");
    }

    @Test
    void anOwnerPasswordAloneDoesNotStopTheImport() throws IOException {
        byte[] pdf = PdfFixtures.ownerPasswordOnly(List.of("Restricted but readable"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.isEncrypted()).isTrue();
            assertThat(document.getCurrentAccessPermission().canExtractContent()).isFalse();
        }

        ImportedSource source = importer.read("restricted.pdf", pdf);

        assertThat(source.text()).isEqualTo("Restricted but readable\n");
    }

    @Test
    void scannedPagesWithoutTextAreReportedAsHavingNoTextLayer() {
        assertThatThrownBy(() -> importer.read("scan.pdf", PdfFixtures.imageOnly()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT_LAYER))
                .hasMessageContaining("scan.pdf")
                .hasMessageContaining("OCR");
    }

    @Test
    void aPdfWithoutPagesIsEmpty() {
        assertThatThrownBy(() -> importer.read("blank.pdf", PdfFixtures.noPages()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void aTruncatedPdfIsDamaged() {
        byte[] pdf = PdfFixtures.pages(List.of(List.of("Some text")));
        byte[] truncated = Arrays.copyOf(pdf, 300);

        assertThatThrownBy(() -> importer.read("cut.pdf", truncated))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("cut.pdf");
    }

    @Test
    void garbageAfterAPdfHeaderIsDamaged() {
        byte[] garbage = "%PDF-1.7\n\u0000\u0001 not a PDF \u00ff".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> importer.read("fake.pdf", garbage))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
    }

    @Test
    void aPdfIsRecognisedByItsHeaderEvenAfterLeadingJunk() {
        assertThat(importer.sniff("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(importer.sniff("\r\n  junk %PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(importer.sniff("Dear sir, %PD".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }
}
