package org.marginalia.analysis;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the sentences or paragraphs of a text start, and which of them holds an offset. */
final class TextUnits {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t\\x0B\\f]*\\R\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R\\s*");

    private final int[] starts;

    private TextUnits(int[] starts) {
        this.starts = starts;
    }

    static TextUnits sentences(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(text);
        int[] starts = new int[16];
        int n = 0;
        for (int start = iterator.first(); start != BreakIterator.DONE && start < text.length();
                start = iterator.next()) {
            starts = grow(starts, n);
            starts[n++] = start;
        }
        return new TextUnits(n == 0 ? new int[] {0} : Arrays.copyOf(starts, n));
    }

    /**
     * Paragraphs are separated by blank lines; a text without any blank line (one paragraph per line, as many plain
     * text exports are written) is split at every line break instead.
     */
    static TextUnits paragraphs(String text) {
        Matcher blank = BLANK_LINE.matcher(text);
        Matcher matcher = blank.find() ? blank.reset() : LINE_BREAK.matcher(text);
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        while (matcher.find()) {
            starts = grow(starts, n);
            starts[n++] = matcher.end();
        }
        return new TextUnits(Arrays.copyOf(starts, n));
    }

    private static int[] grow(int[] array, int size) {
        return size < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }

    /** The unit that holds the offset (the last one for offsets past the end). */
    int unitAt(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        if (index >= 0) {
            // Several empty units can start at the same offset: the text there belongs to the last of them.
            while (index + 1 < starts.length && starts[index + 1] == offset) {
                index++;
            }
            return index;
        }
        return Math.max(0, -index - 2);
    }

    int count() {
        return starts.length;
    }
}
