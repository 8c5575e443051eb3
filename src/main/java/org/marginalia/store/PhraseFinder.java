package org.marginalia.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marginalia.model.TextSpan;

/**
 * Finds every place a phrase occurs in a text the way the FTS5 index ({@code unicode61 remove_diacritics 2}) finds
 * it: words are runs of letters, digits, private-use characters and combining marks; case and diacritics are
 * ignored; anything else between the words is ignored too. The index says which texts hold the phrase; this says
 * where, so every match can be shown and counted. ASCII words are compared in place without copying.
 */
final class PhraseFinder {

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = true;
            ASCII_WORD[Character.toUpperCase(c)] = true;
        }
    }

    private final String[] words;

    PhraseFinder(String phrase) {
        List<String> found = new ArrayList<>();
        int at = 0;
        while ((at = wordStart(phrase, at)) < phrase.length()) {
            int end = wordEnd(phrase, at);
            String word = fold(phrase.substring(at, end));
            if (!word.isEmpty()) {
                found.add(word);
            }
            at = end;
        }
        words = found.toArray(String[]::new);
    }

    /** Every occurrence, in text order; overlapping ones too ("a a" occurs twice in "a a a"), as FTS5 counts them. */
    List<TextSpan> find(String text) {
        List<TextSpan> found = new ArrayList<>();
        if (words.length == 0) {
            return found;
        }
        if (isAscii(text)) {
            return findInAscii(text, found);
        }
        int at = 0;
        int n = text.length();
        while ((at = wordStart(text, at)) < n) {
            int end = wordEnd(text, at);
            if (same(text, at, end, words[0])) {
                int last = followingWords(text, end);
                if (last >= 0) {
                    found.add(new TextSpan(at, last));
                }
            }
            at = end;
        }
        return found;
    }

    /**
     * In ASCII text folding is only lower-casing, which keeps every offset: the first word is looked for with
     * {@link String#indexOf} in a lower-cased copy (many times faster than reading word by word), and each place
     * that starts and ends a word is checked as {@link #find} would.
     */
    private List<TextSpan> findInAscii(String text, List<TextSpan> found) {
        String first = words[0];
        if (!isAscii(first)) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(first);
        while (at >= 0) {
            int end = at + first.length();
            if ((at == 0 || !isWordChar(text, at - 1)) && (end == text.length() || !isWordChar(text, end))) {
                int last = followingWords(text, end);
                if (last >= 0) {
                    found.add(new TextSpan(at, last));
                }
            }
            at = lower.indexOf(first, end);
        }
        return found;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Where the match that started with the first word ends, or -1 when the next words are not the phrase's. */
    private int followingWords(String text, int from) {
        int end = from;
        for (int k = 1; k < words.length; k++) {
            int start = wordStart(text, end);
            if (start >= text.length()) {
                return -1;
            }
            end = wordEnd(text, start);
            if (!same(text, start, end, words[k])) {
                return -1;
            }
        }
        return end;
    }

    private static boolean same(String text, int start, int end, String word) {
        int k = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                // Folding only drops or changes characters beyond ASCII, so the ASCII part before them had to match.
                return fold(text.substring(start, end)).equals(word);
            }
            if (k >= word.length() || lower(c) != word.charAt(k)) {
                return false;
            }
            k++;
        }
        return k == word.length();
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int wordStart(String text, int from) {
        int i = from;
        while (i < text.length() && !isWordChar(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        return Math.min(i, text.length());
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isWordChar(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        return Math.min(i, text.length());
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (c < 128) {
            return ASCII_WORD[c];
        }
        int type = Character.getType(text.codePointAt(i));
        return Character.isLetterOrDigit(text.codePointAt(i)) || type == Character.PRIVATE_USE
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Lower case without diacritics, as the index compares words. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK;
        }).forEach(folded::appendCodePoint);
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
