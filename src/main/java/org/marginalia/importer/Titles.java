package org.marginalia.importer;

/** Shared rules for titles: a cap on their length, and the file name as the last resort. */
final class Titles {

    static final int MAX_LENGTH = 200;

    private Titles() {
    }

    /** The file name without its extension: {@code "Minutes 1961.pdf"} gives {@code "Minutes 1961"}. */
    static String fromFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The value with runs of white space made single spaces, stripped, and cut to the cap on a character boundary. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String collapsed = value.replaceAll("\\s+", " ").strip();
        if (collapsed.length() <= MAX_LENGTH) {
            return collapsed;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(collapsed.charAt(end - 1))) {
            end--;
        }
        return collapsed.substring(0, end).strip() + "…";
    }

    /** The first non-blank value, cleaned; empty when all are blank. */
    static String firstOf(String... values) {
        for (String value : values) {
            String cleaned = clean(value);
            if (!cleaned.isEmpty()) {
                return cleaned;
            }
        }
        return "";
    }
}
