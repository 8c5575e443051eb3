package org.marginalia.importer;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element as a reader sees it: blocks separated by a blank line, {@code <br>} a line
 * break, white space inside a block collapsed to single spaces, preformatted text kept as it is.
 */
final class HtmlText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "footer", "hr", "li", "main", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "thead", "tfoot", "tr", "ul");
    private static final Set<String> CELLS = Set.of("td", "th");
    /** HTML's white space, which a browser collapses; no-break and other Unicode spaces are text. */
    private static final Pattern HTML_WHITE_SPACE = Pattern.compile("[ \t\n\r\f]+");

    private static final int NO_BREAK = 0;
    private static final int LINE_BREAK = 1;
    private static final int PARAGRAPH_BREAK = 2;

    private final StringBuilder out = new StringBuilder();
    private int pendingBreak = NO_BREAK;
    private boolean pendingSpace;
    private int preDepth;

    private HtmlText() {
    }

    static String of(Element root) {
        HtmlText visitor = new HtmlText();
        NodeTraversor.traverse(visitor, root);
        return visitor.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            text(textNode.getWholeText());
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("br")) {
                pendingBreak = Math.min(PARAGRAPH_BREAK, pendingBreak + 1);
            } else if (BLOCKS.contains(tag)) {
                pendingBreak = PARAGRAPH_BREAK;
            } else if (CELLS.contains(tag)) {
                pendingSpace = true;
            }
            if (tag.equals("pre") || tag.equals("textarea")) {
                preDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (BLOCKS.contains(tag)) {
                pendingBreak = PARAGRAPH_BREAK;
            }
            if (tag.equals("pre") || tag.equals("textarea")) {
                preDepth--;
            }
        }
    }

    private void text(String raw) {
        if (preDepth > 0) {
            String kept = LineEnds.toLf(raw);
            if (!kept.isEmpty()) {
                emit(kept);
            }
            return;
        }
        String collapsed = HTML_WHITE_SPACE.matcher(raw).replaceAll(" ");
        if (collapsed.startsWith(" ")) {
            pendingSpace = true;
        }
        int from = pendingSpace && collapsed.startsWith(" ") ? 1 : 0;
        int to = collapsed.endsWith(" ") ? collapsed.length() - 1 : collapsed.length();
        String words = from < to ? collapsed.substring(from, to) : "";
        if (!words.isEmpty()) {
            emit(words);
            pendingSpace = collapsed.endsWith(" ");
        }
    }

    private void emit(String content) {
        if (out.length() > 0) {
            if (pendingBreak == PARAGRAPH_BREAK) {
                out.append("\n\n");
            } else if (pendingBreak == LINE_BREAK) {
                out.append('\n');
            } else if (pendingSpace) {
                out.append(' ');
            }
        }
        out.append(content);
        pendingBreak = NO_BREAK;
        pendingSpace = false;
    }
}
