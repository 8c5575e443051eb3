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
        if (longest.length() >= MIN_QUOTE_LENGTH && normalisedText(text).contains(longest)) {
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

    private static String longestPiece(String[] pieces) {
        String longest = "";
        for (String piece : pieces) {
            if (piece.strip().length() > longest.length()) {
                longest = piece.strip();
            }
        }
        return longest;
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("...", "…");
        t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
        t = SINGLE_QUOTES.matcher(t).replaceAll("'");
        t = DASHES.matcher(t).replaceAll("-");
        return SPACE.matcher(t).replaceAll(" ").strip();
    }
}
