package org.marginalia.analysis;

import java.time.LocalDate;

/**
 * The days a fuzzy date can mean, both ends included: "1954-03" is 1 to 31 March 1954.
 *
 * @param approximate true when the source said so ("c. 1850"), so a view can draw it fainter
 */
public record DateRange(LocalDate first, LocalDate last, boolean approximate) {

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a date range cannot end before it starts: " + first + " – " + last);
        }
    }

    /** The year of the middle day, where a count over time puts the range. */
    public int middleYear() {
        return first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2).getYear();
    }

    @Override
    public String toString() {
        return (approximate ? "~" : "") + first + "/" + last;
    }
}
