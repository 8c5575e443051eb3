package org.marginalia.importer.qdpx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The report's name for a kind of element: "Cases" stays, "VariableValue" becomes "VariableValue elements". */
    static String plural(String element) {
        return element.endsWith("s") ? element : element + " elements";
    }

    private static String collapse(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
