package org.marginalia.importer.qdpx;

import java.util.regex.Pattern;

/**
 * How a selection's name relates to the text at its positions. Names and texts are compared after normalising
 * whitespace, quote marks, dashes and ellipses, since tools flatten line breaks and typography when they write a name.
 */
final class QuoteNames {

    /** What a name says about the span it names. */
    enum Verdict { BLANK, SAME, SHORTENED, LABEL, CONTRADICTS }

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\"“”„‟″«»]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("['‘’‚‛′`]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―]");
    /** A name shorter than this (once normalised) is too short to accuse its positions of being off. */
    private static final int MIN_QUOTE_LENGTH = 12;
    /**
     * Nor is a name of fewer words of letters: "sel 1200-1240" or "Selection 4" is a label, and searching the whole
     * text for every one of 20,000 labels made such imports quadratic.
     */
    private static final int MIN_QUOTE_WORDS = 3;

    /** The last text normalised, kept because thousands of selections in a row name places in the same source. */
    private String lastText;
    private String lastNormalised;

    Verdict compare(String name, String quote, String text) {
        String claimed = normalise(name);
        if (claimed.isEmpty()) {
            return Verdict.BLANK;
        }
        String actual = normalise(quote);
        if (actual.equals(claimed)) {
            return Verdict.SAME;
        }
        String[] pieces = claimed.split("…", -1);
        if (fitsInOrder(pieces, actual)) {
            return Verdict.SHORTENED;
        }
        String longest = longestPiece(pieces);
        if (longest.length() >= MIN_QUOTE_LENGTH && words(longest) >= MIN_QUOTE_WORDS
                && normalisedText(text).contains(longest)) {
            return Verdict.CONTRADICTS;
        }
        return Verdict.LABEL;
    }

    /** Whether the pieces of a name cut by ellipses begin the quote and follow each other in it. */
    private static boolean fitsInOrder(String[] pieces, String actual) {
        String first = pieces[0].strip();
        if (!actual.startsWith(first)) {
            return false;
        }
        int from = first.length();
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            int at = actual.indexOf(piece, from);
            if (at < 0) {
                return false;
            }
            from = at + piece.length();
        }
        return true;
    }

    private String normalisedText(String text) {
        if (text != lastText) {
            lastText = text;
            lastNormalised = normalise(text);
        }
        return lastNormalised;
    }

    /** True when nothing in the text would change but its ends (the common case: skip four regular expressions). */
    private static boolean plain(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ordinary = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || (c == ' ' && previous != ' ') || ",;:!?()-/".indexOf(c) >= 0
                    || (c == '.' && previous != '.');
            if (!ordinary) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static String longestPiece(String[] pieces) {
        String longest = "";
        for (String piece : pieces) {
            if (piece.strip().length() > longest.length()) {
                longest = piece.strip();
            }
        }
        return longest;
    }

    /** How many words of two or more letters the text holds. */
    private static int words(String text) {
        int words = 0;
        int letters = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetter(text.charAt(i))) {
                letters++;
            } else {
                words += letters >= 2 ? 1 : 0;
                letters = 0;
            }
        }
        return words;
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        if (plain(text)) {
            return text.strip();
        }
        String t = text.replace("...", "…");
        t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
        t = SINGLE_QUOTES.matcher(t).replaceAll("'");
        t = DASHES.matcher(t).replaceAll("-");
        return SPACE.matcher(t).replaceAll(" ").strip();
    }
}
