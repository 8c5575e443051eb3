package org.marginalia.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marginalia.model.TextSpan;

/**
 * Splits a text into sentences and a sentence into clauses, as spans trimmed of surrounding white space.
 *
 * <p>A sentence ends at {@code . ! ? …} (with any closing quotes or brackets) before white space, unless the word
 * before a full stop is an initial or a common abbreviation ("W.", "U.S.", "Dec.") or the next word starts in lower
 * case; after a dotted abbreviation, a capitalised function word ("…the U.S. He said") still starts a sentence.
 * A blank line always ends a sentence, so headings and paragraphs without a full stop stand alone; a single line
 * break ends one unless it only wraps a line (a letter or comma before it, a lower-case letter after it). Clauses
 * end at {@code , ; :} and dashes outside brackets.
 */
public final class Segmenter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "prof", "gen", "gov", "sen", "rep", "col", "lt", "capt", "sgt", "jr", "sr",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vol", "pp",
            "ed", "eds", "vs", "etc", "cf", "fig", "ch", "art", "ca", "approx", "inc", "ltd", "co", "dept");

    /** The sentences of {@code text} in reading order. */
    public List<TextSpan> sentences(String text) {
        List<TextSpan> out = new ArrayList<>();
        int n = text.length();
        int segStart = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int j = i;
                int newlines = 0;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    newlines += text.charAt(j) == '\n' ? 1 : 0;
                    j++;
                }
                if (newlines >= 2 || !wrapsLine(text, i, j)) {
                    addTrimmed(text, segStart, i, out);
                    segStart = j;
                }
                i = j;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && ".!?…".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                while (j < n && ")]\"”’»'".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if ((j == n || Character.isWhitespace(text.charAt(j))) && endsSentence(text, i, j)) {
                    addTrimmed(text, segStart, j, out);
                    segStart = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        addTrimmed(text, segStart, n, out);
        return out;
    }

    /** The clauses of one sentence of {@code text}, covering it in reading order. */
    public List<TextSpan> clauses(String text, TextSpan sentence) {
        List<TextSpan> out = new ArrayList<>();
        int depth = 0;
        int segStart = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';' || c == ':')
                    && (i + 1 == sentence.end() || Character.isWhitespace(text.charAt(i + 1)))) {
                addTrimmed(text, segStart, i + 1, out);
                segStart = i + 1;
            } else if (depth == 0 && (c == '—' || c == '–' || (c == '-' && isSpacedHyphen(text, i)))) {
                addTrimmed(text, segStart, i, out);
                segStart = i;
            }
        }
        addTrimmed(text, segStart, sentence.end(), out);
        return out;
    }

    private static boolean isSpacedHyphen(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean wrapsLine(String text, int newline, int next) {
        int prev = newline - 1;
        while (prev >= 0 && text.charAt(prev) != '\n' && Character.isWhitespace(text.charAt(prev))) {
            prev--;
        }
        if (prev < 0 || next >= text.length()) {
            return false;
        }
        char before = text.charAt(prev);
        return (Character.isLetter(before) || before == ',' || before == '-')
                && Character.isLowerCase(text.charAt(next));
    }

    private static boolean endsSentence(String text, int mark, int after) {
        int next = after;
        while (next < text.length() && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
            next++;
        }
        if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        if (text.charAt(mark) != '.' || after > mark + 1) {
            return true;
        }
        int wordStart = mark;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, mark);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (word.indexOf('.') >= 0 && word.length() <= 5) {
            return startsWithCapitalisedStopWord(text, next);
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "…the U.S. He said" ends a sentence, "…the U.S. National Archive" does not. */
    private static boolean startsWithCapitalisedStopWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > from && Character.isUpperCase(text.charAt(from))
                && Language.ENGLISH.isStopWord(text.substring(from, end).toLowerCase(Locale.ROOT));
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }
}
