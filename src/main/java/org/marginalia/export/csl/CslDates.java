package org.marginalia.export.csl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;

/**
 * Source details' dates (ISO 8601: {@code 2001}, {@code 2001-11}, {@code 2001-11-13}) into CSL. The way back, for
 * imported CSL, is {@code importer.bibliography.CslFields#date}.
 */
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
}
