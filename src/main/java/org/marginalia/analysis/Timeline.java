package org.marginalia.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sources by date, and the codes over time: passages per tag in each year, a source counted in the middle year
 * of its (document or event) date range.
 */
public record Timeline(List<TimelineEntry> entries, SortedMap<Integer, Map<Long, Integer>> codesByDocumentYear,
        SortedMap<Integer, Map<Long, Integer>> codesByEventYear) {

    public Timeline {
        entries = List.copyOf(entries);
        codesByDocumentYear = Collections.unmodifiableSortedMap(new TreeMap<>(codesByDocumentYear));
        codesByEventYear = Collections.unmodifiableSortedMap(new TreeMap<>(codesByEventYear));
    }
}
