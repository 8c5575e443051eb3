package org.marginalia.export;

import org.marginalia.model.WordDiff;

/** Escapes text for HTML element content and quoted attribute values, the only two places the report puts it. */
final class HtmlText {

    private HtmlText() {
    }

    /** A word diff as one line: removed words in {@code <del>}, added ones in {@code <ins>}. */
    static String diff(WordDiff diff) {
        StringBuilder line = new StringBuilder();
        for (WordDiff.Piece piece : diff.pieces()) {
            String text = escape(piece.text());
            line.append(switch (piece.change()) {
                case SAME -> text;
                case REMOVED -> "<del>" + text + "</del>";
                case ADDED -> "<ins>" + text + "</ins>";
            }).append(' ');
        }
        return line.toString().strip();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
