package org.marginalia.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates historians write ("c. 1850", "1954-03", "spring 1954", "1950s", "early 1960s", "12 March 1954",
 * "1939–45", "19th century") into the range of days they can mean. Seasons are the northern meteorological ones
 * (spring is March to May; winter 1954 runs from December 1954 to February 1955); "c." widens a date by five years
 * on each side; a century is counted as historians say it ("19th century" is 1800–1899).
 */
public final class FuzzyDates {

    static final int CIRCA_YEARS = 5;
    private static final Pattern CIRCA = Pattern.compile("^(?:circa|ca\\.?|c\\.?|about|around|approx\\.?|~)\\s*(.+)$");
    private static final Pattern ISO = Pattern.compile("^(\\d{3,4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?(?:[t ].*)?$");
    private static final Pattern DECADE = Pattern.compile("^(?:(early|mid|late)[- ])?(\\d{3})0'?s$");
    private static final Pattern SPAN =
            Pattern.compile("^(?:between\\s+)?(\\d{3,4})\\s*(?:-|–|—|to|and)\\s*(\\d{1,4})$");
    private static final Pattern SEASON =
            Pattern.compile("^(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(\\d{3,4})$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})\\s+([a-z]+)\\.?,?\\s+(\\d{3,4})$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("^([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{3,4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^([a-z]+)\\.?,?\\s+(\\d{3,4})$");
    private static final Pattern CENTURY = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)\\s+century$");
    private static final Map<String, Month> SEASON_START = Map.of("spring", Month.MARCH, "summer", Month.JUNE,
            "autumn", Month.SEPTEMBER, "fall", Month.SEPTEMBER, "winter", Month.DECEMBER);

    private FuzzyDates() {
    }

    /** The range the text means, or empty when it is blank or not a date this parser knows. */
    public static Optional<DateRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String clean = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher circa = CIRCA.matcher(clean);
        if (circa.matches()) {
            return exact(circa.group(1)).map(r -> new DateRange(r.first().minusYears(CIRCA_YEARS),
                    r.last().plusYears(CIRCA_YEARS), true));
        }
        return exact(clean);
    }

    private static Optional<DateRange> exact(String s) {
        try {
            return Optional.ofNullable(parseOrNull(s));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static DateRange parseOrNull(String s) {
        Matcher m = ISO.matcher(s);
        // "1939-45" is a span of years, not a 45th month.
        if (m.matches() && (m.group(2) == null || Integer.parseInt(m.group(2)) <= 12 || m.group(3) != null)) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return years(year, year);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return range(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return range(day, day);
        }
        if ((m = DECADE.matcher(s)).matches()) {
            int decade = Integer.parseInt(m.group(2)) * 10;
            String part = m.group(1) == null ? "" : m.group(1);
            return switch (part) {
                case "early" -> years(decade, decade + 3);
                case "mid" -> years(decade + 3, decade + 6);
                case "late" -> years(decade + 6, decade + 9);
                default -> years(decade, decade + 9);
            };
        }
        if ((m = SPAN.matcher(s)).matches()) {
            int from = Integer.parseInt(m.group(1));
            String to = m.group(2);
            // "1939–45": the second year borrows the first one's century.
            int until = to.length() < m.group(1).length()
                    ? Integer.parseInt(m.group(1).substring(0, m.group(1).length() - to.length()) + to)
                    : Integer.parseInt(to);
            return until < from ? null : years(from, until);
        }
        if ((m = SEASON.matcher(s)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(2)), SEASON_START.get(m.group(1)), 1);
            return range(start, start.plusMonths(3).minusDays(1));
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            Month month = month(m.group(1));
            if (month == null) {
                return null;
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
            return range(ym.atDay(1), ym.atEndOfMonth());
        }
        if ((m = CENTURY.matcher(s)).matches()) {
            int century = Integer.parseInt(m.group(1));
            return century < 1 ? null : years((century - 1) * 100, (century - 1) * 100 + 99);
        }
        return null;
    }

    private static DateRange day(int year, Month month, int day) {
        if (month == null) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return range(date, date);
    }

    /** English month names and their usual three-letter (and "sept") abbreviations. */
    private static Month month(String word) {
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            if (name.equals(word) || (word.length() >= 3 && name.startsWith(word)) || "sept".equals(word)
                    && month == Month.SEPTEMBER) {
                return month;
            }
        }
        return null;
    }

    private static DateRange years(int from, int until) {
        return range(LocalDate.of(from, 1, 1), LocalDate.of(until, 12, 31));
    }

    private static DateRange range(LocalDate first, LocalDate last) {
        return new DateRange(first, last, false);
    }
}
