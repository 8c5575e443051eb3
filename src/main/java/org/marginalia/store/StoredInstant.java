package org.marginalia.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The text of a stored time ({@code created_at}, {@code modified_at}) as {@link Instant#toString()} prints it,
 * without parsing it when it already is in that form: the stores write every time through {@code Instant.toString},
 * so a streamed export of 100,000 passages need not run the general ISO parser 200,000 times.
 */
public final class StoredInstant {

    private StoredInstant() {
    }

    /** {@code Instant.parse(stored).toString()}, taking the stored text as it is when that is already the result. */
    public static String canonical(String stored) {
        return isCanonical(stored) ? stored : Instant.parse(stored).toString();
    }

    /** {@code Instant.parse(stored)}, reading the canonical form by hand (the general parser is slow per row). */
    public static Instant parse(String stored) {
        if (!isCanonical(stored)) {
            return Instant.parse(stored);
        }
        long epochDay = LocalDate.of(number(stored, 0) * 100 + number(stored, 2), number(stored, 5),
                number(stored, 8)).toEpochDay();
        long seconds = epochDay * 86_400 + number(stored, 11) * 3_600L + number(stored, 14) * 60L
                + number(stored, 17);
        int nanos = 0;
        int digits = stored.length() - 21;
        for (int i = 0; i < 9; i++) {
            nanos = nanos * 10 + (i < digits ? stored.charAt(20 + i) - '0' : 0);
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /**
     * Whether the text is {@code yyyy-MM-ddTHH:mm:ss[.fff[fff[fff]]]Z} as {@code Instant.toString} writes it: no
     * fraction when it is zero, and the fraction in groups of three digits of which the last is not {@code 000}.
     */
    static boolean isCanonical(String s) {
        int length = s.length();
        if (length != 20 && length != 24 && length != 27 && length != 30 || s.charAt(length - 1) != 'Z') {
            return false;
        }
        String shape = "dddd-dd-ddTdd:dd:dd";
        for (int i = 0; i < shape.length(); i++) {
            char expected = shape.charAt(i);
            char c = s.charAt(i);
            if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
                return false;
            }
        }
        if (length == 20) {
            return validFields(s);
        }
        if (s.charAt(19) != '.') {
            return false;
        }
        for (int i = 20; i < length - 1; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.startsWith("000", length - 4) && validFields(s);
    }

    /** Month, day, hour, minute and second in range (a day past the month's end is left to the parser). */
    private static boolean validFields(String s) {
        int month = number(s, 5);
        int day = number(s, 8);
        return month >= 1 && month <= 12 && day >= 1 && day <= 28 && number(s, 11) <= 23 && number(s, 14) <= 59
                && number(s, 17) <= 59;
    }

    private static int number(String s, int at) {
        return (s.charAt(at) - '0') * 10 + s.charAt(at + 1) - '0';
    }
}
