package org.marginalia.export.csl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Citation;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.CitedSource;

/**
 * Citations and bibliographies in one CSL style, rendered by citeproc-java as plain text in US English. The style's
 * text is read once; the processor is built per call, since it holds the items it was given.
 */
public final class CitationFormatter {

    private static final String LOCALE = "en-US";

    private final CitationStyle style;
    private final String styleText;

    public CitationFormatter(CitationStyle style) {
        this.style = style;
        this.styleText = StyleSources.text(style);
        // Fail on a broken user style now, with its name, rather than on the first passage cited.
        processor(List.of());
    }

    public CitationStyle style() {
        return style;
    }

    /**
     * The citation of one passage: a note for note styles, the parenthetical reference for author-date styles.
     *
     * @param page the 1-based page the passage is on, or 0 when the source has no pages
     */
    public String cite(CitedSource source, int page) {
        CSLItemData item = CslItems.item(keyed(source, "item"));
        CSLCitationItemBuilder cited = new CSLCitationItemBuilder(item.getId()).itemData(item);
        if (page > 0) {
            cited.locator(Integer.toString(page));
        }
        CSL csl = processor(List.of(item));
        List<Citation> out = csl.makeCitation(new CSLCitation(new CSLCitationItem[] {cited.build()}));
        return out.isEmpty() ? "" : out.get(out.size() - 1).getText().strip();
    }

    /** The bibliography entries of these sources, in the style's order. */
    public List<String> bibliography(List<CitedSource> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            CSLItemData item = CslItems.item(keyed(sources.get(i), "item" + i));
            items.putIfAbsent(item.getId(), item);
        }
        CSL csl = processor(new ArrayList<>(items.values()));
        csl.registerCitationItems(items.keySet());
        return Arrays.stream(csl.makeBibliography().getEntries()).map(String::strip).toList();
    }

    private static CitedSource keyed(CitedSource source, String fallback) {
        return source.key().isEmpty() ? new CitedSource(fallback, source.metadata(), source.details()) : source;
    }

    private CSL processor(List<CSLItemData> items) {
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), styleText, LOCALE);
            csl.setOutputFormat("text");
            return csl;
        } catch (IOException | RuntimeException e) {
            throw new CitationStyleException(style.reference(), "it is not a valid CSL style (" + e.getMessage()
                    + ")", e);
        }
    }
}
