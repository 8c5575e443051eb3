package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Long titles keep the part that tells sources apart. */
class SourceTitlesTest {

    static final String LONG = "Declassified Putin-Bush Correspondence Shows Putin Wanted Trust, Friendship With West,"
            + " and Warned of NATO Expansion";

    @Test
    void aShortTitleIsShownWhole() {
        assertThat(SourceTitles.shorten("Letters", "", "", 48)).isEqualTo("Letters");
    }

    @Test
    void aLongTitleWithAnAuthorAndDateLeadsWithThem() {
        String shown = SourceTitles.shorten(LONG, "Jane Doe", "2025-12-23", 48);
        assertThat(shown).startsWith("Jane Doe, 2025-12-23: Declassified").endsWith("…");
        assertThat(shown.length()).isLessThanOrEqualTo(48);
    }

    @Test
    void aLongTitleWithoutAuthorOrDateShowsItsStartAndEndInWholeWords() {
        String shown = SourceTitles.shorten(LONG, "", " ", 48);
        assertThat(shown).startsWith("Declassified").contains(" … ").endsWith("of NATO Expansion");
        assertThat(shown.length()).isLessThanOrEqualTo(48);
        List<String> words = List.of(LONG.split(" "));
        assertThat(shown.replace(" … ", " ").split(" ")).as("whole words only").allMatch(words::contains);
    }
}
