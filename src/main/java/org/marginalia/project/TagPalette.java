package org.marginalia.project;

import java.util.List;

/**
 * The colours new tags get in turn: Okabe and Ito's qualitative palette, which people with the common forms of
 * colour blindness can still tell apart (its black is left out: it would hide the text it marks).
 */
public final class TagPalette {

    /** Orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple. */
    public static final List<String> COLOURS =
            List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7");

    private TagPalette() {
    }

    /** The colour for the tag added after {@code existingTags} others. */
    public static String next(int existingTags) {
        return COLOURS.get(existingTags % COLOURS.size());
    }
}
