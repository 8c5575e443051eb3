package org.marginalia.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What one linked passage is to the other: the first paraphrases, quotes, contradicts or relates to the second. */
public enum Relation {
    PARAPHRASES("paraphrases"),
    QUOTES("quotes"),
    CONTRADICTS("contradicts"),
    RELATED("related");

    private final String word;

    Relation(String word) {
        this.word = word;
    }

    /** The lower-case word used on the command line, in the project file and in exports. */
    public String word() {
        return word;
    }

    public static Relation fromWord(String word) {
        for (Relation relation : values()) {
            if (relation.word.equalsIgnoreCase(word)) {
                return relation;
            }
        }
        throw new IllegalArgumentException("unknown relation '" + word + "'; use one of " + words());
    }

    public static String words() {
        return Arrays.stream(values()).map(Relation::word).collect(Collectors.joining(", "));
    }
}
