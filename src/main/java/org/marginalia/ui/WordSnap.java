package org.marginalia.ui;

import java.text.BreakIterator;
import java.util.Locale;
import org.marginalia.model.TextSpan;

/**
 * Widens a selection to whole words, the way people mark text: a drag that starts or ends inside a word takes the
 * whole word. Holding Alt keeps the exact characters.
 */
final class WordSnap {

    private WordSnap() {
    }

    static TextSpan snap(String text, TextSpan selection) {
        if (selection.isEmpty() || selection.end() > text.length()) {
            return selection;
        }
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int start = selection.start();
        if (start > 0 && start < text.length() && isWordChar(text, start) && isWordChar(text, start - 1)) {
            start = words.preceding(start);
        }
        int end = selection.end();
        if (end > 0 && end < text.length() && isWordChar(text, end - 1) && isWordChar(text, end)) {
            end = words.following(end);
        }
        return new TextSpan(Math.max(0, start), Math.min(text.length(), end));
    }

    private static boolean isWordChar(String text, int index) {
        int cp = text.codePointAt(index);
        if (Character.isLowSurrogate(text.charAt(index)) && index > 0) {
            cp = text.codePointBefore(index + 1);
        }
        return Character.isLetterOrDigit(cp) || text.charAt(index) == '\'' || text.charAt(index) == '\u2019';
    }
}
