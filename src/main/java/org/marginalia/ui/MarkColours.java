package org.marginalia.ui;

import java.util.List;

/**
 * Colours the window reserves for its own marks, in hues no tag of the palette uses: violet for what is selected
 * (the current passage, selected text), lime for find hits, magenta for compare candidates. Highlights stay
 * translucent and no stronger than {@link #MAX_ALPHA}, so text on them keeps WCAG AA contrast in both themes.
 */
final class MarkColours {

    static final String SELECTION = "#8B5CF6";
    static final String FIND = "#7FE000";
    static final String CURRENT_FIND_LINE = "#4D9A00";
    static final String CANDIDATE = "#E040FB";
    static final List<String> RESERVED = List.of(SELECTION, FIND, CANDIDATE);

    /** The strongest a tag highlight gets (with overlaps); more would fail AA for light text in the dark theme. */
    static final double MAX_ALPHA = 0.40;
    static final double FIND_ALPHA = 0.40;
    static final double SELECTION_ALPHA = 0.35;

    /** Primer's page background and default text colour, light theme then dark, as the contrast checks assume. */
    static final List<String[]> THEMES = List.of(new String[] {"#FFFFFF", "#1F2328"},
            new String[] {"#0D1117", "#E6EDF3"});

    private MarkColours() {
    }

    /** Tag highlights: one passage faint, each overlapping one a little stronger, capped for readable text. */
    static double tagAlpha(int layers) {
        return Math.min(0.28 + 0.06 * (layers - 1), MAX_ALPHA);
    }
}
