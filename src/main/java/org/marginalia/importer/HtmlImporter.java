package org.marginalia.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/**
 * Imports a saved web page as the article a reader sees: its title, author, date, publisher and canonical address
 * from the page's own metadata, and the text of its {@code <article>} (or {@code <main>}, or body) without scripts,
 * navigation, forms and other page furniture. The page is only parsed: nothing in it is run or fetched.
 * The charset is taken from a byte order mark or a meta tag, UTF-8 otherwise.
 */
public final class HtmlImporter implements SourceImporter {

    private static final String FURNITURE = "script, style, noscript, nav, footer, form, aside, iframe, svg, button, "
            + "template, object, embed, canvas, audio, video, select, textarea, input, dialog, head";
    private static final int SNIFF_WINDOW = 1024;

    @Override
    public SourceType type() {
        return SourceType.HTML;
    }

    /** An HTML document starts, after a byte order mark, white space, comments or an XML declaration, with a tag. */
    @Override
    public boolean sniff(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, SNIFF_WINDOW), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int i = start.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (i < start.length()) {
            if (Character.isWhitespace(start.charAt(i))) {
                i++;
            } else if (start.startsWith("<!--", i) && start.indexOf("-->", i) > 0) {
                i = start.indexOf("-->", i) + 3;
            } else if (start.startsWith("<?xml", i) && start.indexOf("?>", i) > 0) {
                i = start.indexOf("?>", i) + 2;
            } else {
                return start.startsWith("<!doctype html", i) || start.startsWith("<html", i);
            }
        }
        return false;
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm", "xhtml");
    }

    @Override
    public ImportedSource read(String fileName, byte[] bytes) {
        Document doc;
        try {
            // No base URI: relative links stay relative and nothing could be resolved against the network.
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, e.getMessage(), e);
        }
        SourceMetadata metadata = HtmlMetadata.of(doc, fileName);
        doc.select(FURNITURE).remove();
        // A header inside the article holds its headline; the page's own header holds the site's navigation.
        doc.select("header").stream().filter(header -> !header.parents().is("article")).forEach(Element::remove);
        String text = HtmlText.of(mainContent(doc));
        if (text.isBlank()) {
            throw new ImportException(ImportException.Reason.EMPTY, fileName, "the page has no readable text", null);
        }
        if (TextChecks.looksBinary(text)) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                    "it holds binary data, not a web page", null);
        }
        return new ImportedSource(metadata, SourceType.HTML, fileName, bytes, Fingerprint.sha256Hex(bytes), text,
                PageStarts.none());
    }

    /** The longest {@code <article>} (pages list teasers as articles too), else {@code <main>}, else the body. */
    private static Element mainContent(Document doc) {
        return doc.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .filter(article -> !article.text().isBlank())
                .or(() -> doc.select("main").stream().filter(main -> !main.text().isBlank()).findFirst())
                .orElseGet(() -> doc.body() != null ? doc.body() : doc);
    }
}
