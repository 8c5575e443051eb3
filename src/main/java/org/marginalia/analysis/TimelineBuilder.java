package org.marginalia.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;

/** Places the selected sources on a timeline by their fuzzy dates. */
public final class TimelineBuilder {

    private TimelineBuilder() {
    }

    public static Timeline build(List<Document> sources, List<Annotation> passages, Selection selection) {
        Map<Long, Map<Long, Integer>> countsBySource = new HashMap<>();
        for (Annotation p : passages) {
            if (!selection.includesSource(p.documentId())) {
                continue;
            }
            for (long tagId : p.tagIds()) {
                if (selection.includesTag(tagId)) {
                    countsBySource.computeIfAbsent(p.documentId(), k -> new HashMap<>()).merge(tagId, 1, Integer::sum);
                }
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        SortedMap<Integer, Map<Long, Integer>> byDocumentYear = new TreeMap<>();
        SortedMap<Integer, Map<Long, Integer>> byEventYear = new TreeMap<>();
        for (Document d : sources) {
            if (!selection.includesSource(d.id())) {
                continue;
            }
            DateRange documentDate = FuzzyDates.parse(d.metadata().date()).orElse(null);
            DateRange eventDate = FuzzyDates.parse(d.metadata().eventDate()).orElse(null);
            Map<Long, Integer> counts = countsBySource.getOrDefault(d.id(), Map.of());
            entries.add(new TimelineEntry(d.id(), d.title(), d.metadata().date(), documentDate,
                    d.metadata().eventDate(), eventDate, counts));
            add(byDocumentYear, documentDate, counts);
            add(byEventYear, eventDate, counts);
        }
        entries.sort(Comparator.comparing((TimelineEntry e) -> e.documentDate() == null ? null
                : e.documentDate().first(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(TimelineEntry::sourceId));
        return new Timeline(entries, byDocumentYear, byEventYear);
    }

    private static void add(SortedMap<Integer, Map<Long, Integer>> byYear, DateRange date, Map<Long, Integer> counts) {
        if (date == null) {
            return;
        }
        Map<Long, Integer> year = byYear.computeIfAbsent(date.middleYear(), k -> new HashMap<>());
        counts.forEach((tag, n) -> year.merge(tag, n, Integer::sum));
    }
}
