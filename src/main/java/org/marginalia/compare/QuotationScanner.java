package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marginalia.model.Quotation;
import org.marginalia.model.TextSpan;

/**
 * Finds quotations: “…”, „…“ (or „…”), «…», straight "…" and curly single ‘…’. A quotation never crosses a blank
 * line, so a stray mark cannot swallow the rest of a text. A straight double quote opens only after white space, an
 * opening bracket or a dash, and closes at the next one. Curly single quotes count only when the opening ‘ follows a
 * non-letter and the closing ’ is not followed by a letter, so apostrophes ("Russia’s") are never taken for quotes;
 * straight single quotes are too ambiguous and are ignored.
 */
final class QuotationScanner {

    List<Quotation> scan(String text) {
        List<Quotation> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = -1;
            if (c == '“') {
                close = closing(text, i + 1, "”");
            } else if (c == '„') {
                close = closing(text, i + 1, "“”");
            } else if (c == '«') {
                close = closing(text, i + 1, "»");
            } else if (c == '"' && opensStraight(text, i)) {
                close = closing(text, i + 1, "\"");
            }
            if (close > 0) {
                add(text, i, close, out);
                i = close + 1;
            } else {
                i++;
            }
        }
        scanSingle(text, out);
        out.sort(Comparator.comparing(Quotation::outer));
        return out;
    }

    private static void scanSingle(String text, List<Quotation> out) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '‘' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int j = i + 1;
                while (j < text.length() && !isParagraphBreak(text, j)) {
                    if (text.charAt(j) == '’' && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)))
                            && j > i + 1) {
                        add(text, i, j, out);
                        i = j;
                        break;
                    }
                    j++;
                }
            }
        }
    }

    private static boolean opensStraight(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0;
    }

    private static int closing(String text, int from, String closers) {
        for (int j = from; j < text.length(); j++) {
            if (closers.indexOf(text.charAt(j)) >= 0) {
                return j;
            }
            if (isParagraphBreak(text, j)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isParagraphBreak(String text, int j) {
        if (text.charAt(j) != '\n') {
            return false;
        }
        int k = j + 1;
        while (k < text.length() && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && text.charAt(k) == '\n';
    }

    private static void add(String text, int open, int close, List<Quotation> out) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Quotation(new TextSpan(start, end), new TextSpan(open, close + 1), text.substring(start, end)));
        }
    }
}
