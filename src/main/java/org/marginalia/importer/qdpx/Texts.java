package org.marginalia.importer.qdpx;

import java.nio.charset.StandardCharsets;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;

/** Small text rules of the REFI-QDA reader: decoding source files, comparing quotes, cutting context. */
final class Texts {

    private Texts() {
    }

    /** UTF-8 with a byte order mark removed (Windows tools write one; positions never count it). */
    static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Whether a selection's name is its text. Tools name a selection by its text, sometimes shortened with an
     * ellipsis or with line breaks flattened, so both are compared with whitespace collapsed, and a shortened name
     * only has to begin the text. A blank name claims nothing.
     */
    static boolean quoteMatches(String name, String quote) {
        String claimed = collapse(name);
        if (claimed.isEmpty()) {
            return true;
        }
        String actual = collapse(quote);
        if (claimed.endsWith("…") || claimed.endsWith("...")) {
            String head = collapse(claimed.substring(0, claimed.length() - (claimed.endsWith("…") ? 1 : 3)));
            return actual.startsWith(head);
        }
        return actual.equals(claimed);
    }

    static String prefix(String text, TextSpan span) {
        int from = Math.max(0, span.start() - Annotation.CONTEXT_LENGTH);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from, span.start());
    }

    static String suffix(String text, TextSpan span) {
        int to = Math.min(text.length(), span.end() + Annotation.CONTEXT_LENGTH);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return text.substring(span.end(), to);
    }

    static String shorten(String text) {
        String flat = collapse(text);
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "…";
    }

    /** A file name for a source that came without one. */
    static String fileName(String title, String extension) {
        String safe = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (safe.length() > 80) {
            safe = safe.substring(0, 80);
        }
        return (safe.isEmpty() ? "source" : safe) + extension;
    }

    private static String collapse(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
