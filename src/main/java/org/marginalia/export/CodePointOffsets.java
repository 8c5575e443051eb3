package org.marginalia.export;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Converts UTF-16 offsets to code-point offsets for many sources at once, each source's text scanned once when it is
 * added. Only where a text's surrogate pairs start is kept (most texts have none), never the text itself, so a
 * streamed export of thousands of sources holds none of their texts.
 */
public final class CodePointOffsets {

    private static final int[] NONE = new int[0];

    /** Per source, the UTF-16 offsets at which its surrogate pairs start, ascending; absent when it has none. */
    private final Map<Long, int[]> pairStarts = new HashMap<>();

    /** Scans a source's text once. */
    public void add(long documentId, String text) {
        int[] found = NONE;
        int count = 0;
        int length = text.length();
        for (int i = 0; i + 1 < length; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(16, count * 2));
                }
                found[count++] = i++;
            }
        }
        if (count > 0) {
            pairStarts.put(documentId, Arrays.copyOf(found, count));
        } else {
            pairStarts.remove(documentId);
        }
    }

    /** The code-point offset of UTF-16 offset {@code utf16} in the source's text. */
    public int toCodePoints(long documentId, int utf16) {
        int[] starts = pairStarts.get(documentId);
        if (starts == null) {
            return utf16;
        }
        // Each pair that ends at or before utf16 (starts at or before utf16 - 2) counts one code point for two units.
        int at = Arrays.binarySearch(starts, utf16 - 1);
        return utf16 - (at >= 0 ? at : -at - 1);
    }
}
