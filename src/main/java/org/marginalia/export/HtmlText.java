package org.marginalia.export;

/** Escapes text for HTML element content and quoted attribute values, the only two places the report puts it. */
final class HtmlText {

    private HtmlText() {
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
