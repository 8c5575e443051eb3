package org.marginalia.project;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marginalia.model.SourceMetadata;

/**
 * What would make a source's citation wrong or incomplete: a date that is not ISO 8601 ({@code 2001},
 * {@code 2001-11}, {@code 2001-11-13}), and a missing author, title or date. Shown in Source Details as the user
 * types and listed by {@code check}; a warning never stops a save.
 */
public final class MetadataWarnings {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private MetadataWarnings() {
    }

    public static List<String> of(SourceMetadata metadata) {
        List<String> warnings = new ArrayList<>();
        dateProblem("date", metadata.date()).ifPresent(warnings::add);
        dateProblem("event date", metadata.eventDate()).ifPresent(warnings::add);
        List<String> missing = new ArrayList<>();
        if (metadata.author().isEmpty()) {
            missing.add("author");
        }
        if (metadata.title().isEmpty()) {
            missing.add("title");
        }
        if (metadata.date().isEmpty() && metadata.eventDate().isEmpty()) {
            missing.add("date");
        }
        if (!missing.isEmpty()) {
            warnings.add("A citation would lack its " + String.join(", ", missing));
        }
        return warnings;
    }

    /** Empty when the value is empty or an ISO 8601 date that exists on the calendar. */
    static Optional<String> dateProblem(String field, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(value);
        if (!iso.matches()) {
            return Optional.of("The " + field + " '" + value
                    + "' is not an ISO date (write 2001, 2001-11 or 2001-11-13)");
        }
        try {
            int year = Integer.parseInt(iso.group(1));
            if (iso.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } else if (iso.group(2) != null) {
                YearMonth.of(year, Integer.parseInt(iso.group(2)));
            }
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("The " + field + " '" + value + "' is not a day on the calendar");
        }
    }
}
