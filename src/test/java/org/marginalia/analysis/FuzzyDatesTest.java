package org.marginalia.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzyDatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "1954                | 1954-01-01/1954-12-31",
        "1954-03             | 1954-03-01/1954-03-31",
        "1954-02             | 1954-02-01/1954-02-28",
        "2001-06-16          | 2001-06-16/2001-06-16",
        "2001-06-16T10:00:00Z| 2001-06-16/2001-06-16",
        "c. 1850             | ~1845-01-01/1855-12-31",
        "circa 1850          | ~1845-01-01/1855-12-31",
        "ca. 1954-03         | ~1949-03-01/1959-03-31",
        "spring 1954         | 1954-03-01/1954-05-31",
        "Summer 1954         | 1954-06-01/1954-08-31",
        "autumn 1954         | 1954-09-01/1954-11-30",
        "fall 1954           | 1954-09-01/1954-11-30",
        "winter 1954         | 1954-12-01/1955-02-28",
        "1950s               | 1950-01-01/1959-12-31",
        "early 1950s         | 1950-01-01/1953-12-31",
        "mid-1950s           | 1953-01-01/1956-12-31",
        "late 1950s          | 1956-01-01/1959-12-31",
        "12 March 1954       | 1954-03-12/1954-03-12",
        "March 12, 1954      | 1954-03-12/1954-03-12",
        "Sept 1954           | 1954-09-01/1954-09-30",
        "March 1954          | 1954-03-01/1954-03-31",
        "1939–45             | 1939-01-01/1945-12-31",
        "1939-1945           | 1939-01-01/1945-12-31",
        "1939-45             | 1939-01-01/1945-12-31",
        "between 1939 and 1945 | 1939-01-01/1945-12-31",
        "19th century        | 1800-01-01/1899-12-31"})
    void readsTheDatesHistoriansWriteAsRanges(String text, String range) {
        assertThat(FuzzyDates.parse(text)).get().hasToString(range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "unknown", "n.d.", "1954-13", "31 February 1954", "1945-1939", "Smarch 1954"})
    void leavesWhatIsNotADateUndated(String text) {
        assertThat(FuzzyDates.parse(text)).isEmpty();
    }

    @Test
    void aRangeIsCountedInItsMiddleYear() {
        assertThat(FuzzyDates.parse("1950s").orElseThrow().middleYear()).isEqualTo(1954);
        assertThat(FuzzyDates.parse("winter 1954").orElseThrow().middleYear()).isEqualTo(1955);
    }
}
