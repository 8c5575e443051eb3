package org.marginalia.compare;

/** Typographic variants that a quotation may legitimately change: quote marks, dashes and white space. */
final class Typography {

    private Typography() {
    }

    /** The text with white space runs collapsed, curly quotes straightened and dashes unified, trimmed. */
    static String canonical(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(unify(c));
        }
        return out.toString();
    }

    private static char unify(char c) {
        switch (c) {
            case '“': case '”': case '„': case '‟': case '«': case '»': case '″':
                return '"';
            case '‘': case '’': case '‚': case '‛': case '′': case 'ʼ':
                return '\'';
            case '–': case '—': case '‐': case '‑': case '−':
                return '-';
            default:
                return c;
        }
    }
}
