package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.importer.ImportException.Reason;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/** The PDF importer's guards: a watchdog, errors turned into reasons, and a child JVM for large files. */
class PdfHardeningTest {

    private static final byte[] FORTY_PAGES = PdfFixtures.numberedPages(40);

    @Test
    void aPdfThatTakesTooLongIsGivenUpAsDamaged() {
        PdfImporter impatient = new PdfImporter(PdfLimits.standard().withTimeLimit(Duration.ofMillis(1)));

        assertThatThrownBy(() -> impatient.read("slow.pdf", FORTY_PAGES))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("slow.pdf").hasMessageContaining("took too long");
    }

    @Test
    void aStackOverflowOrAMissingClassInThePdfLibraryBecomesDamaged() {
        for (Throwable failure : List.of(new StackOverflowError(), new NoClassDefFoundError("org/bouncycastle/X"),
                new IllegalStateException("PDFBox bug"))) {
            assertThatThrownBy(() -> PdfExtraction.read("bad.pdf", () -> {
                throw sneaky(failure);
            }, () -> new byte[0], Integer.MAX_VALUE, () -> false))
                    .as(failure.toString())
                    .isInstanceOfSatisfying(ImportException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                    .hasMessageContaining("bad.pdf");
        }
    }

    @Test
    void aLargePdfIsReadInAChildJvmWithTheSameResult() {
        ImportedSource here = new PdfImporter().read("memo.pdf", FORTY_PAGES);
        PdfImporter viaChild = new PdfImporter(PdfLimits.standard().withChildAbove(1024, Integer.MAX_VALUE));

        ImportedSource there = viaChild.read("memo.pdf", FORTY_PAGES);

        assertThat(there.text()).isEqualTo(here.text()).contains("Russia could be an ally, page 40.");
        assertThat(there.pages().pageCount()).isEqualTo(40);
        for (int page = 1; page <= 40; page++) {
            assertThat(there.pages().startOf(page)).isEqualTo(here.pages().startOf(page));
        }
        assertThat(there.metadata()).isEqualTo(here.metadata());
        assertThat(there.sha256()).isEqualTo(here.sha256());
    }

    @Test
    void aPdfWithManyPagesGoesToTheChildToo() {
        PdfImporter viaChild = new PdfImporter(PdfLimits.standard().withChildAbove(Long.MAX_VALUE, 10)
                .withChildHeap("64m"));

        assertThat(viaChild.read("memo.pdf", FORTY_PAGES).pages().pageCount()).isEqualTo(40);
    }

    @Test
    void theChildGivesTheSameReasonsAsThisProcess() {
        PdfImporter viaChild = new PdfImporter(PdfLimits.standard().withChildAbove(0, 0));

        assertThatThrownBy(() -> viaChild.read("locked.pdf", PdfFixtures.userPassword(List.of("x"), "pw")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED))
                .hasMessageContaining("locked.pdf");
        assertThatThrownBy(() -> viaChild.read("scan.pdf", PdfFixtures.imageOnly()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_TEXT_LAYER));
    }

    @Test
    void aChildThatRunsOutOfMemoryReportsTooLargeAndThisProcessGoesOn() {
        PdfImporter starved = new PdfImporter(PdfLimits.standard().withChildAbove(0, 0).withChildHeap("6m"));

        assertThatThrownBy(() -> starved.read("heavy.pdf", PdfFixtures.numberedPages(400)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("heavy.pdf").hasMessageContaining("memory");
        assertThat(new PdfImporter().read("memo.pdf", FORTY_PAGES).text()).contains("page 40");
    }

    @Test
    void theChildsAnswerSurvivesTheRoundTripAndABrokenAnswerIsDamaged() throws IOException {
        PdfExtraction sent = new PdfExtraction("T\u00eftle \ud83d\udcdc", "Author", "2001-06-16", "a\nb\u0000c\n",
                new int[] {0, 2}, List.of(PageLayout.of(1, 612, 792, PageUnit.POINTS, WordOrigin.TEXT_LAYER,
                        List.of(new WordBox("a", 0, 1, 72.25, 80, 6.5, 9, 1)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFrames.writeText(out, sent);
        byte[] frames = out.toByteArray();

        PdfExtraction received = PdfFrames.read("x.pdf", new ByteArrayInputStream(frames));

        assertThat(received.text()).isEqualTo(sent.text());
        assertThat(received.title()).isEqualTo(sent.title());
        assertThat(received.pageStarts()).containsExactly(0, 2);
        assertThat(received.layout()).isEqualTo(sent.layout());
        assertThatThrownBy(() -> PdfFrames.read("x.pdf", new ByteArrayInputStream(frames, 0, frames.length - 3)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
        assertThatThrownBy(() -> PdfFrames.read("x.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
