package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/** A born-digital PDF's words come with the boxes PDFBox places their glyphs in, in points from the top-left. */
class PdfWordBoxesTest {

    @Test
    void eachWordOfTheTextLayerHasItsBoxOnItsPage() {
        // The fixture writes Helvetica 12 pt from x = 72, first baseline 700 pt above the bottom of a Letter page.
        byte[] pdf = PdfFixtures.pages(List.of(List.of("Dear Sir,", "the ships sail."), List.of("Second page")));

        ImportedSource source = new PdfImporter().read("letter.pdf", pdf);

        assertThat(source.layout()).extracting(PageLayout::page).containsExactly(1, 2);
        PageLayout first = source.layout().get(0);
        assertThat(first.unit()).isEqualTo(PageUnit.POINTS);
        assertThat(first.origin()).isEqualTo(WordOrigin.TEXT_LAYER);
        assertThat(first.width()).isEqualTo(612);
        assertThat(first.height()).isEqualTo(792);
        assertThat(first.words()).extracting(WordBox::word).containsExactly("Dear", "Sir,", "the", "ships", "sail.");
        for (WordBox word : first.words()) {
            assertThat(source.text().substring(word.start(), word.end())).isEqualTo(word.word());
            assertThat(word.confidence()).isEqualTo(1);
        }
        WordBox dear = first.words().get(0);
        assertThat(dear.x()).isCloseTo(72, within(0.5));
        assertThat(dear.y() + dear.height()).isCloseTo(92, within(0.5));
        assertThat(dear.height()).isBetween(6.0, 12.0);
        assertThat(dear.width()).isBetween(20.0, 30.0);
        WordBox the = first.words().get(2);
        assertThat(the.y() - dear.y()).as("the second line is one leading lower").isCloseTo(16, within(0.5));
        assertThat(first.meanConfidence()).isEqualTo(1);

        WordBox second = source.layout().get(1).words().get(0);
        assertThat(second.word()).isEqualTo("Second");
        assertThat(second.start()).isEqualTo(source.pages().startOf(2));
    }
}
