package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sidebars fold away before a source pane gets narrower than it can be read. */
class SidebarsTest {

    @Test
    void aWideWindowShowsBoth() {
        assertThat(Sidebars.decide(1366, 2, true, true, false, false)).isEqualTo(new Sidebars.Shown(true, true));
    }

    @Test
    void at1024TheLibraryFoldsFirstAndTheInspectorStays() {
        Sidebars.Shown shown = Sidebars.decide(1024, 2, true, true, false, false);
        assertThat(shown).isEqualTo(new Sidebars.Shown(false, true));
        assertThat((1024 - Sidebars.INSPECTOR_WIDTH) / 2).isGreaterThanOrEqualTo(Sidebars.MIN_PANE);
    }

    @Test
    void threePanesOnASmallScreenFoldBoth() {
        assertThat(Sidebars.decide(1024, 3, true, true, false, false)).isEqualTo(new Sidebars.Shown(false, false));
    }

    @Test
    void whatTheUserHidStaysHiddenAndWhatTheyAskedForShowsAnyway() {
        assertThat(Sidebars.decide(1920, 2, false, true, false, false)).isEqualTo(new Sidebars.Shown(false, true));
        assertThat(Sidebars.decide(1024, 2, true, true, true, false)).isEqualTo(new Sidebars.Shown(true, true));
    }

    @Test
    void onAWideFirstStartTheExtraWidthGoesToThePanes() {
        double[] wide = Sidebars.firstWidths(2304);
        assertThat((2304 - wide[0] - wide[1]) / 2).isGreaterThan(wide[1]);
        double[] laptop = Sidebars.firstWidths(1280);
        assertThat(laptop).containsExactly(Sidebars.LIBRARY_WIDTH, Sidebars.INSPECTOR_WIDTH);
        assertThat(Sidebars.decide(1280, 2, true, true, false, false)).isEqualTo(new Sidebars.Shown(true, true));
    }
}
