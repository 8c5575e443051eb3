package org.marginalia.importer;

/** Tells text from binary data that some decoder has turned into characters. */
final class TextChecks {

    private TextChecks() {
    }

    /**
     * Whether more than one character in twenty is a control character or the replacement character: a few escape
     * or form-feed characters occur in real text files, while binary data is full of them.
     */
    static boolean looksBinary(String text) {
        int suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f' && c != '\r') || c == '\uFFFD') {
                suspicious++;
            }
        }
        return suspicious * 20L > text.length();
    }
}
