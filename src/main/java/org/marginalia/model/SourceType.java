package org.marginalia.model;

/** The format a source was imported from; it decides how its text was extracted. */
public enum SourceType {
    TEXT("text"),
    MARKDOWN("markdown"),
    HTML("html"),
    PDF("pdf"),
    /** A photograph or scan (JPEG, PNG, TIFF), its text read by OCR or taken from a transcription beside it. */
    IMAGE("image"),
    /** An hOCR, ALTO or PAGE XML transcription imported without its page image. */
    TRANSCRIPTION("transcription");

    private final String word;

    SourceType(String word) {
        this.word = word;
    }

    /** The lower-case name stored in the project file and shown to users. */
    public String word() {
        return word;
    }

    public static SourceType fromWord(String word) {
        for (SourceType type : values()) {
            if (type.word.equals(word)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown source type: " + word);
    }
}
