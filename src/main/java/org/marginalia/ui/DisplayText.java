package org.marginalia.ui;

/**
 * The text a source pane shows. RichTextFX slows down badly on one huge paragraph with many style spans, so lines
 * longer than {@link #MAX_LINE} are broken by turning a space into a line break. The length never changes, so every
 * offset of the stored text is the same in the displayed one.
 */
public final class DisplayText {

    static final int MAX_LINE = 1200;

    private DisplayText() {
    }

    public static String of(String stored) {
        char[] chars = null;
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                lastSpace = -1;
            } else if (c == ' ') {
                lastSpace = i;
            }
            if (i - lineStart >= MAX_LINE && lastSpace > lineStart) {
                if (chars == null) {
                    chars = stored.toCharArray();
                }
                chars[lastSpace] = '\n';
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        return chars == null ? stored : new String(chars);
    }
}
