package org.marginalia.importer;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marginalia.model.SourceMetadata;

/** What an HTML page says about itself in its meta tags, its title and its byline; read before anything is removed. */
final class HtmlMetadata {

    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final int MAX_BYLINE = 120;

    private HtmlMetadata() {
    }

    static SourceMetadata of(Document doc, String fileName) {
        String title = Titles.firstOf(meta(doc, "meta[property=og:title]"), doc.title(), text(doc, "h1"),
                Titles.fromFileName(fileName));
        String author = Titles.firstOf(meta(doc, "meta[name=author]"), meta(doc, "meta[name=dc.creator]"),
                notUrl(meta(doc, "meta[property=article:author]")), byline(doc));
        String publisher = Titles.firstOf(meta(doc, "meta[property=og:site_name]"),
                meta(doc, "meta[name=dc.publisher]"));
        String date = isoDay(Titles.firstOf(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=date]"), meta(doc, "meta[name=dc.date]"),
                meta(doc, "meta[itemprop=datePublished]"), attribute(doc, "time[datetime]", "datetime")));
        String url = Titles.firstOf(attribute(doc, "link[rel=canonical]", "href"), meta(doc, "meta[property=og:url]"));
        return SourceMetadata.of(title, author, publisher, date, url);
    }

    private static String byline(Document doc) {
        for (Element element : doc.select("[rel=author], [class*=byline], [class*=author], [itemprop=author]")) {
            String text = BY.matcher(Titles.clean(element.text())).replaceFirst("");
            if (!text.isEmpty() && text.length() <= MAX_BYLINE) {
                return text;
            }
        }
        return "";
    }

    private static String meta(Document doc, String query) {
        return attribute(doc, query, "content");
    }

    private static String attribute(Document doc, String query, String attribute) {
        Element element = doc.selectFirst(query);
        return element == null ? "" : element.attr(attribute);
    }

    private static String text(Document doc, String query) {
        Element element = doc.selectFirst(query);
        return element == null ? "" : element.text();
    }

    /** Facebook-style {@code article:author} holds a profile address, not a name. */
    private static String notUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://") ? "" : value;
    }

    private static String isoDay(String value) {
        return ISO_DATE.matcher(value).find() ? value.substring(0, 10) : value;
    }
}
