package org.marginalia.ui;

import java.util.List;
import java.util.Locale;

/**
 * How one stretch of a source looks: the tag colours of every passage over it (innermost last), whether it belongs
 * to the selected passage, and whether it is a find match. Colours are user data, so they become inline CSS.
 */
public record HighlightStyle(List<String> colors, boolean selected, boolean findMatch, boolean currentFind,
        List<String> stripes) {

    public static final HighlightStyle NONE = new HighlightStyle(List.of(), false, false, false);

    /** How much of the line's height, from the bottom, the stripes of a passage with several tags take. */
    private static final int STRIPE_BAND_PERCENT = 36;

    /** A stretch without stripes: each passage over it has at most one tag. */
    public HighlightStyle(List<String> colors, boolean selected, boolean findMatch, boolean currentFind) {
        this(colors, selected, findMatch, currentFind, List.of());
    }

    /** Used for a passage whose tags are all gone: still visible, in a neutral grey. */
    static final String UNTAGGED = "#9AA0A6";

    /**
     * @param stripes the colours of every tag of the innermost passage when it has several, each shown as a stripe
     *     along the bottom of the line so that no tag is hidden behind another's colour
     */
    public HighlightStyle {
        colors = List.copyOf(colors);
        stripes = List.copyOf(stripes);
    }

    public int depth() {
        return colors.size();
    }

    /**
     * Layers are drawn as one translucent background, the colours mixed and a little stronger the more passages
     * overlap, with the innermost passage's colour as a thick underline from the second layer on: an overlap never
     * hides either passage. The selected passage is underlined in the reserved selection colour; find hits use the
     * reserved find colour. {@link MarkColours} keeps all of it readable on light and dark themes alike.
     */
    public String toCss() {
        StringBuilder css = new StringBuilder();
        if (findMatch || currentFind) {
            css.append("-rtfx-background-color: ").append(rgba(rgb(MarkColours.FIND), MarkColours.FIND_ALPHA))
                    .append(';');
        } else if (!colors.isEmpty()) {
            String base = rgba(mix(colors), MarkColours.tagAlpha(colors.size()));
            css.append("-rtfx-background-color: ").append(stripes.size() > 1 ? striped(base) : base).append(';');
        }
        if (currentFind || colors.size() > 1 || selected) {
            String line = currentFind ? MarkColours.CURRENT_FIND_LINE : selected ? MarkColours.SELECTION
                    : rgba(rgb(colors.get(colors.size() - 1)), 1);
            css.append("-rtfx-underline-color: ").append(line).append(';')
                    .append("-rtfx-underline-width: ").append(selected || currentFind ? 3 : 2).append(';')
                    .append("-rtfx-underline-cap: butt;");
        }
        return css.toString();
    }

    /** The translucent mix above, and below it one band per tag, in the tags' own colours. */
    private String striped(String base) {
        StringBuilder gradient = new StringBuilder("linear-gradient(to bottom, ");
        int top = 100 - STRIPE_BAND_PERCENT;
        gradient.append(base).append(" 0%, ").append(base).append(' ').append(top).append('%');
        double band = STRIPE_BAND_PERCENT / (double) stripes.size();
        for (int i = 0; i < stripes.size(); i++) {
            String color = rgba(rgb(stripes.get(i)), 0.95);
            gradient.append(String.format(Locale.ROOT, ", %s %.1f%%, %s %.1f%%", color, top + i * band, color,
                    top + (i + 1) * band));
        }
        return gradient.append(')').toString();
    }

    private static int[] mix(List<String> hexColors) {
        int[] sum = new int[3];
        for (String hex : hexColors) {
            int[] c = rgb(hex);
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        }
        return new int[] {sum[0] / hexColors.size(), sum[1] / hexColors.size(), sum[2] / hexColors.size()};
    }

    static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }

    private static String rgba(int[] c, double alpha) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", c[0], c[1], c[2], alpha);
    }
}
