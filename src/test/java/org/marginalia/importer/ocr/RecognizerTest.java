package org.marginalia.importer.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marginalia.model.WordBox;

/**
 * OCR reads pages drawn with known text: clean at 300 dpi, and degraded (150 dpi, 2 degrees of skew, speckle).
 * The floors were set on the first text only; the second text is held out and must clear them as well.
 */
class RecognizerTest {

    private static final List<String> TUNED = List.of(
            "The ambassador wrote on the fourth of March that the",
            "harbour was closed to every ship flying a foreign flag,",
            "and that the merchants of the town had petitioned the",
            "governor twice without receiving any answer at all.");
    private static final List<String> HELD_OUT = List.of(
            "Received your letter of the 12th instant, together with",
            "the accounts for the quarter ending June 1887. The sum",
            "of forty-two pounds remains unpaid; kindly advise whether",
            "the balance should be carried to the next account.");
    private static final double CLEAN_FLOOR = 0.98;
    private static final double DEGRADED_FLOOR = 0.95;

    private static Recognizer recognizer;

    @BeforeAll
    static void start() {
        recognizer = new Recognizer("eng");
    }

    @AfterAll
    static void stop() {
        recognizer.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVu Serif", "DejaVu Sans", "C059"})
    void cleanAndDegradedPagesClearTheirFloors(String font) {
        for (List<String> lines : List.of(TUNED, HELD_OUT)) {
            String expected = String.join("\n", lines);
            String half = lines == TUNED ? "tuned" : "held-out";

            BufferedImage clean = PageImages.clean(lines, font, 300, 8.27);
            RecognizedPage cleanPage = recognizer.read(clean, 300);
            double cleanAccuracy = PageImages.accuracy(expected, cleanPage.text());

            BufferedImage degraded = PageImages.degraded(PageImages.clean(lines, font, 150, 8.27), 2, 0.01, 7);
            RecognizedPage degradedPage = recognizer.read(degraded, 150);
            double degradedAccuracy = PageImages.accuracy(expected, degradedPage.text());

            System.out.printf("OCR accuracy %s, %s text: clean %.2f %%, degraded %.2f %%%n", font, half,
                    cleanAccuracy * 100, degradedAccuracy * 100);
            assertThat(cleanAccuracy).as("clean %s, %s: %s", font, half, cleanPage.text())
                    .isGreaterThanOrEqualTo(CLEAN_FLOOR);
            assertThat(degradedAccuracy).as("degraded %s, %s: %s", font, half, degradedPage.text())
                    .isGreaterThanOrEqualTo(DEGRADED_FLOOR);
            assertWordsSitOnTheirText(cleanPage);
            assertWordsSitOnTheirText(degradedPage);
        }
    }

    private static void assertWordsSitOnTheirText(RecognizedPage page) {
        assertThat(page.words()).isNotEmpty();
        for (WordBox word : page.words()) {
            assertThat(page.text().substring(word.start(), word.end())).isEqualTo(word.word());
            assertThat(word.confidence()).isBetween(0.0, 1.0);
            assertThat(word.x()).isBetween(-1.0, (double) page.width());
            assertThat(word.y()).isBetween(-1.0, (double) page.height());
        }
        // The first word begins one inch in and its baseline is on the first line, at 1 inch + 1.5 x 12 pt.
        WordBox first = page.words().get(0);
        double dpi = page.width() / 8.27;
        assertThat(first.x()).isCloseTo(dpi, within(dpi * 0.15));
        assertThat(first.y() + first.height()).isCloseTo(dpi + dpi * 0.25, within(dpi * 0.15));
    }
}
