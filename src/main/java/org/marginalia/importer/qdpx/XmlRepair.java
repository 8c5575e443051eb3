package org.marginalia.importer.qdpx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the one known defect of some exporters (QualCoder among them): a bare {@code &} or {@code <} in a memo or
 * name, which makes project.qde not well-formed. An {@code &} that does not start an entity or character reference,
 * and a {@code <} that cannot start markup, are escaped; everything else is left byte for byte.
 *
 * @param xml the mended project.qde
 * @param places where each fix was made, "line L, column C: & → &amp;"
 */
record XmlRepair(byte[] xml, List<String> places) {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_][A-Za-z0-9._-]*);");
    private static final Pattern BARE = Pattern.compile("[&<]");

    XmlRepair {
        places = List.copyOf(places);
    }

    static XmlRepair of(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<String> places = new ArrayList<>();
        Matcher bare = BARE.matcher(text);
        int copied = 0;
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        while (bare.find()) {
            int at = bare.start();
            for (; scanned < at; scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            String fix = text.charAt(at) == '&' ? ampersand(text, at) : lessThan(text, at);
            if (fix != null) {
                out.append(text, copied, at).append(fix);
                copied = at + 1;
                places.add("line " + line + ", column " + (at - lineStart + 1) + ": " + text.charAt(at) + " → "
                        + fix);
            }
        }
        out.append(text, copied, text.length());
        return new XmlRepair(places.isEmpty() ? original : out.toString().getBytes(StandardCharsets.UTF_8), places);
    }

    private static String ampersand(String text, int at) {
        Matcher reference = REFERENCE.matcher(text);
        return reference.region(at, Math.min(text.length(), at + 40)).lookingAt() ? null : "&amp;";
    }

    private static String lessThan(String text, int at) {
        char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        boolean markup = Character.isLetter(next) || next == '/' || next == '?' || next == '!' || next == '_'
                || next == ':';
        return markup ? null : "&lt;";
    }
}
