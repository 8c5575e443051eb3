package org.marginalia.export.csl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;

/** Dates between the source details (ISO 8601: {@code 2001}, {@code 2001-11}, {@code 2001-11-13}) and CSL. */
final class CslDates {

    private static final Pattern ISO = Pattern.compile("(-?\\d{1,4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private CslDates() {
    }

    /** The CSL date, or a literal date that the style prints as written when the text is not ISO. */
    static CSLDate parse(String date) {
        Matcher iso = ISO.matcher(date.strip());
        if (!iso.matches()) {
            return new CSLDateBuilder().literal(date.strip()).build();
        }
        int year = Integer.parseInt(iso.group(1));
        if (iso.group(2) == null) {
            return new CSLDateBuilder().dateParts(year).build();
        }
        int month = Integer.parseInt(iso.group(2));
        if (iso.group(3) == null) {
            return new CSLDateBuilder().dateParts(year, month).build();
        }
        return new CSLDateBuilder().dateParts(year, month, Integer.parseInt(iso.group(3))).build();
    }

    /** The date back as ISO text (or the literal as written); empty for none. */
    static String format(CSLDate date) {
        if (date == null) {
            return "";
        }
        if (date.getLiteral() != null) {
            return date.getLiteral();
        }
        if (date.getDateParts() == null || date.getDateParts().length == 0) {
            return date.getRaw() == null ? "" : date.getRaw();
        }
        int[] parts = date.getDateParts()[0];
        StringBuilder out = new StringBuilder(String.format("%04d", parts[0]));
        for (int i = 1; i < parts.length && i < 3; i++) {
            out.append(String.format("-%02d", parts[i]));
        }
        return out.toString();
    }
}
