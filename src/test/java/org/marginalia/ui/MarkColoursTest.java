package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.marginalia.project.TagPalette;

/** Tag colours come from a colour-blind-safe palette; the window's own marks use other hues; text stays readable. */
class MarkColoursTest {

    @Test
    void textOnEveryTagHighlightMeetsAaInBothThemesEvenWhereFourPassagesOverlap() {
        for (String[] theme : MarkColours.THEMES) {
            int[] page = HighlightStyle.rgb(theme[0]);
            int[] text = HighlightStyle.rgb(theme[1]);
            for (String colour : TagPalette.COLOURS) {
                for (int layers = 1; layers <= 4; layers++) {
                    int[] shown = Contrast.over(HighlightStyle.rgb(colour), MarkColours.tagAlpha(layers), page);
                    assertThat(Contrast.ratio(text, shown)).as("%s text on %s, %d layers", theme[1], colour, layers)
                            .isGreaterThanOrEqualTo(Contrast.AA_TEXT);
                }
            }
        }
    }

    @Test
    void textOnSelectionAndFindHitsMeetsAaInBothThemes() {
        for (String[] theme : MarkColours.THEMES) {
            int[] page = HighlightStyle.rgb(theme[0]);
            int[] text = HighlightStyle.rgb(theme[1]);
            assertThat(Contrast.ratio(text, Contrast.over(HighlightStyle.rgb(MarkColours.FIND),
                    MarkColours.FIND_ALPHA, page))).isGreaterThanOrEqualTo(Contrast.AA_TEXT);
            assertThat(Contrast.ratio(text, Contrast.over(HighlightStyle.rgb(MarkColours.SELECTION),
                    MarkColours.SELECTION_ALPHA, page))).isGreaterThanOrEqualTo(Contrast.AA_TEXT);
            assertThat(Contrast.ratio(text, Contrast.over(HighlightStyle.rgb(MarkColours.CANDIDATE),
                    MarkColours.FIND_ALPHA, page))).isGreaterThanOrEqualTo(Contrast.AA_TEXT);
        }
    }

    @Test
    void reservedMarksAreHuesNoTagColourHas() {
        for (String reserved : MarkColours.RESERVED) {
            for (String tag : TagPalette.COLOURS) {
                double a = Contrast.hue(HighlightStyle.rgb(reserved));
                double b = Contrast.hue(HighlightStyle.rgb(tag));
                double apart = Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
                assertThat(apart).as("%s against the tag colour %s", reserved, tag).isGreaterThanOrEqualTo(30);
            }
        }
    }

    @Test
    void contrastRatiosMatchWcagReferenceValues() {
        assertThat(Contrast.ratio(new int[] {0, 0, 0}, new int[] {255, 255, 255})).isCloseTo(21, within());
        assertThat(Contrast.ratio(new int[] {118, 118, 118}, new int[] {255, 255, 255})).isCloseTo(4.54, within());
        assertThat(Contrast.hue(new int[] {0, 0, 255})).isEqualTo(240);
    }

    private static Offset<Double> within() {
        return Offset.offset(0.01);
    }
}
