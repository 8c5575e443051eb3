package org.marginalia.ui;

/** WCAG 2 contrast: relative luminance of sRGB colours, and translucent highlights laid over a background. */
final class Contrast {

    /** WCAG AA for body text. */
    static final double AA_TEXT = 4.5;

    private Contrast() {
    }

    /** The contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white). */
    static double ratio(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The colour a highlight of {@code colour} at {@code alpha} shows over {@code background}. */
    static int[] over(int[] colour, double alpha, int[] background) {
        int[] mixed = new int[3];
        for (int i = 0; i < 3; i++) {
            mixed[i] = (int) Math.round(colour[i] * alpha + background[i] * (1 - alpha));
        }
        return mixed;
    }

    /** The hue angle in degrees (0–360), to keep reserved marks apart from every tag colour. */
    static double hue(int[] rgb) {
        double r = rgb[0] / 255.0;
        double g = rgb[1] / 255.0;
        double b = rgb[2] / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double delta = max - Math.min(r, Math.min(g, b));
        if (delta == 0) {
            return 0;
        }
        double h = max == r ? ((g - b) / delta) % 6 : max == g ? (b - r) / delta + 2 : (r - g) / delta + 4;
        return (h * 60 + 360) % 360;
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
