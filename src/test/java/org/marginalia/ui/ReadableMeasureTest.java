package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** On wide panes the text keeps a readable line length, centred; narrow panes use all their width. */
class ReadableMeasureTest {

    @Test
    void aWidePaneCentresAColumnOfAboutEightyCharacters() {
        double[] padding = padding(ReadableMeasure.style(15, 1200));
        double textWidth = 1200 - padding[1] - padding[3] - ReadableMeasure.GUTTER;
        double characters = textWidth / (ReadableMeasure.CHARACTER_EM * 15);
        assertThat(characters).isBetween(70.0, 90.0);
        assertThat(padding[1] - ReadableMeasure.RIGHT).isEqualTo(padding[3] - ReadableMeasure.LEFT);
    }

    @Test
    void aNarrowPaneKeepsItsUsualMargins() {
        double[] padding = padding(ReadableMeasure.style(15, 320));
        assertThat(padding).containsExactly(ReadableMeasure.TOP, ReadableMeasure.RIGHT, ReadableMeasure.BOTTOM,
                ReadableMeasure.LEFT);
    }

    @Test
    void theColumnGrowsWithTheFont() {
        assertThat(padding(ReadableMeasure.style(24, 1400))[3]).isLessThan(padding(ReadableMeasure.style(15, 1400))[3]);
    }

    private static double[] padding(String style) {
        Matcher m = Pattern.compile("-fx-padding: (\\S+) (\\S+) (\\S+) (\\S+);").matcher(style);
        assertThat(m.find()).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
            Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
    }
}
