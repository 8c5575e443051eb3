package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void shortLinesAreShownAsStored() {
        String text = "First paragraph.\n\nSecond one.";
        assertThat(DisplayText.of(text)).isSameAs(text);
    }

    @Test
    void aHugeParagraphIsBrokenAtSpacesWithoutMovingAnyOffset() {
        String text = "word ".repeat(2000);
        String shown = DisplayText.of(text);
        assertThat(shown).hasSameSizeAs(text);
        assertThat(shown.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(
                DisplayText.MAX_LINE + 5));
        assertThat(shown.lines().count()).isGreaterThan(5);
        assertThat(shown.replace('\n', ' ')).isEqualTo(text);
    }
}
