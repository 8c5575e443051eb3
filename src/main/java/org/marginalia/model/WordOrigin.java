package org.marginalia.model;

/** Where the words of a page came from, which says how far their text and boxes can be trusted. */
public enum WordOrigin {
    /** The text layer of a born-digital PDF: certain. */
    TEXT_LAYER("text-layer"),
    /** Recognised by OCR: each word carries the recogniser's confidence. */
    OCR("ocr"),
    /** An existing transcription (hOCR, ALTO, PAGE XML) with its own boxes and confidences. */
    TRANSCRIPTION("transcription");

    private final String word;

    WordOrigin(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static WordOrigin fromWord(String word) {
        for (WordOrigin origin : values()) {
            if (origin.word.equals(word)) {
                return origin;
            }
        }
        throw new IllegalArgumentException("unknown word origin: " + word);
    }
}
