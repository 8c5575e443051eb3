package org.marginalia.importer.transcription;

import org.marginalia.importer.ImportException;

/** Numbers in transcription attributes, read strictly: what is not a number is damage, not a zero. */
final class Numbers {

    private Numbers() {
    }

    /** The number in {@code value}; {@code fallback} when it is empty. */
    static double parse(String fileName, String what, String value, double fallback) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                    what + " is not a number: '" + (trimmed.length() > 30 ? trimmed.substring(0, 30) : trimmed) + "'",
                    e);
        }
    }
}
