package org.marginalia.model;

import java.util.Arrays;

/**
 * Converts between UTF-16 offsets and code-point offsets of one text in O(log n) per call, where
 * {@link String#offsetByCodePoints} walks from the start each time (quadratic over thousands of passages).
 * Built once per text: it records where the characters beyond the BMP are, which most texts have none of.
 */
public final class CodePointIndex {

    private final String text;
    private final int codePoints;
    /** The code-point offset of each supplementary character, ascending. */
    private final int[] astral;

    public CodePointIndex(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 0;
        int cp = 0;
        for (int i = 0; i < text.length(); cp++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = cp;
                i += 2;
            } else {
                i++;
            }
        }
        this.astral = Arrays.copyOf(found, count);
        this.codePoints = cp;
    }

    public String text() {
        return text;
    }

    /** The text's length in code points. */
    public int length() {
        return codePoints;
    }

    /** The UTF-16 offset of code point {@code cp} (0..length()). */
    public int toUtf16(int cp) {
        if (cp < 0 || cp > codePoints) {
            throw new IllegalArgumentException("code point " + cp + " is outside a text of " + codePoints);
        }
        int before = Arrays.binarySearch(astral, cp);
        return cp + (before >= 0 ? before : -before - 1);
    }

    /** The code-point offset of UTF-16 offset {@code utf16} (0..text length). */
    public int toCodePoints(int utf16) {
        if (astral.length == 0) {
            return utf16;
        }
        int low = 0;
        int high = astral.length;
        // Count the astral characters that end at or before utf16: the k-th one starts at UTF-16 astral[k] + k.
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (astral[mid] + mid + 2 <= utf16) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return utf16 - low;
    }

    /** The UTF-16 span of a code-point span, checked to fit the text. */
    public TextSpan span(int cpStart, int cpEnd) {
        if (cpStart < 0 || cpEnd < cpStart || cpEnd > codePoints) {
            throw new IllegalArgumentException("code-point span [" + cpStart + ", " + cpEnd
                    + ") does not fit a text of " + codePoints + " code points");
        }
        return new TextSpan(toUtf16(cpStart), toUtf16(cpEnd));
    }
}
