package org.marginalia.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What counts as "together" when two tags co-occur: the same stretch of overlapping passages, sentence, paragraph
 * or source. */
public enum CooccurrenceUnit {
    /** Passages that overlap (a chain of them) form one stretch; a passage with two tags is one stretch too. */
    OVERLAPPING("overlapping", "overlapping passages"),
    SENTENCE("sentence", "the same sentence"),
    PARAGRAPH("paragraph", "the same paragraph"),
    SOURCE("source", "the same source");

    private final String word;
    private final String description;

    CooccurrenceUnit(String word, String description) {
        this.word = word;
        this.description = description;
    }

    /** How the window says it: tags together in "overlapping passages", "the same sentence"… */
    public String description() {
        return description;
    }

    /** The word the command line and the window use. */
    public String word() {
        return word;
    }

    public static CooccurrenceUnit fromWord(String word) {
        for (CooccurrenceUnit unit : values()) {
            if (unit.word.equals(word.toLowerCase(Locale.ROOT))) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + word + "'; use one of "
                + Arrays.stream(values()).map(CooccurrenceUnit::word).collect(Collectors.joining(", ")));
    }
}
