package org.marginalia.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units over a source's stored plain text.
 *
 * <p>This is the only offset type inside Marginalia. Exports convert it to Unicode code points with
 * {@link #toCodePoints(String)}, and nothing else does.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Checks the span fits in the text and does not cut a surrogate pair in half. */
    public void checkWithin(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") is past the end of a text of " + text.length() + " chars");
        }
        if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") splits a surrogate pair");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /** The same range in Unicode code points, as W3C and REFI-QDA readers count. */
    public TextSpan toCodePoints(String text) {
        int cpStart = text.codePointCount(0, start);
        return new TextSpan(cpStart, cpStart + text.codePointCount(start, end));
    }

    /** The inverse of {@link #toCodePoints(String)}. */
    public static TextSpan fromCodePoints(String text, int cpStart, int cpEnd) {
        int cpTotal = text.codePointCount(0, text.length());
        if (cpStart < 0 || cpEnd < cpStart || cpEnd > cpTotal) {
            throw new IllegalArgumentException(
                    "code-point span [" + cpStart + ", " + cpEnd + ") does not fit a text of " + cpTotal
                            + " code points");
        }
        int start = text.offsetByCodePoints(0, cpStart);
        return new TextSpan(start, text.offsetByCodePoints(start, cpEnd - cpStart));
    }

    private static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
