package org.marginalia.analysis;

import java.util.Map;

/**
 * One source on the timeline.
 *
 * @param documentDate when the source was written or published, or null when unknown or unreadable
 * @param eventDate    when the events it reports happened, or null
 * @param tagCounts    passages per selected tag in this source
 */
public record TimelineEntry(long sourceId, String title, String documentDateText, DateRange documentDate,
        String eventDateText, DateRange eventDate, Map<Long, Integer> tagCounts) {

    public TimelineEntry {
        tagCounts = Map.copyOf(tagCounts);
    }
}
