package org.marginalia.export.csl;

import java.util.Set;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.marginalia.model.ArchiveLocation;
import org.marginalia.model.CitedSource;
import org.marginalia.model.SourceMetadata;

/**
 * A source's details as a CSL item. The archive goes to {@code archive}, collection, box and folder to
 * {@code archive_location}; the document's date is {@code issued}, and the event date is {@code event-date} (which
 * MLA prints) and also {@code issued} when the document has no date of its own, since every style reads that one.
 */
public final class CslItems {

    /** Kinds of work whose "publisher" in the source details is really the site or paper they appeared in. */
    private static final Set<String> PUBLISHED_IN = Set.of("webpage", "post-weblog", "post", "article-newspaper",
            "article-magazine", "article-journal", "article");

    private CslItems() {
    }

    public static CSLItemData item(CitedSource source) {
        return build(source, true);
    }

    /**
     * The item as stored, for CSL-JSON files: the publisher stays the publisher and the event date stays apart, so
     * reading the file back gives the same source details.
     */
    public static CSLItemData exactItem(CitedSource source) {
        return build(source, false);
    }

    private static CSLItemData build(CitedSource source, boolean forStyles) {
        SourceMetadata m = source.metadata();
        String type = itemType(source);
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(source.key()).type(cslType(type));
        if (!m.title().isEmpty()) {
            item.title(m.title());
        }
        if (!m.author().isEmpty()) {
            item.author(CslNames.parse(m.author()));
        }
        String container = source.details().containerTitle();
        if (forStyles && container.isEmpty() && PUBLISHED_IN.contains(type)) {
            container = m.publisher();
        } else if (!m.publisher().isEmpty()) {
            item.publisher(m.publisher());
        }
        if (!container.isEmpty()) {
            item.containerTitle(container);
        }
        String issued = m.date().isEmpty() && forStyles ? m.eventDate() : m.date();
        if (!issued.isEmpty()) {
            item.issued(CslDates.parse(issued));
        }
        if (!m.eventDate().isEmpty()) {
            item.eventDate(CslDates.parse(m.eventDate()));
        }
        if (!m.url().isEmpty()) {
            item.URL(m.url());
        }
        if (!m.archive().isEmpty()) {
            item.archive(m.archive());
        }
        String location = ArchiveLocation.of(m).text();
        if (!location.isEmpty()) {
            item.archiveLocation(location);
        }
        return item.build();
    }

    private static CSLType cslType(String type) {
        try {
            return CSLType.fromString(type);
        } catch (IllegalArgumentException unknown) {
            // A type from a newer CSL (or a typo in a user's file) is cited as a plain document, not refused.
            return CSLType.DOCUMENT;
        }
    }

    /**
     * The CSL type: the one the user or Zotero gave, else guessed: a source with archive details is a
     * {@code manuscript}, one with a web address a {@code webpage}, anything else a {@code document}.
     */
    public static String itemType(CitedSource source) {
        if (!source.details().itemType().isEmpty()) {
            return source.details().itemType();
        }
        SourceMetadata m = source.metadata();
        if (!m.archive().isEmpty() || !ArchiveLocation.of(m).text().isEmpty()) {
            return "manuscript";
        }
        return m.url().isEmpty() ? "document" : "webpage";
    }
}
