package org.marginalia.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tags a typed filter keeps: those whose name or description contains it, with their parents for context. */
final class TagFilter {

    private TagFilter() {
    }

    static List<TagItem> matching(List<TagItem> tags, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.copyOf(tags);
        }
        Map<Long, TagItem> byId = new HashMap<>();
        tags.forEach(t -> byId.put(t.tag().id(), t));
        Set<Long> kept = new HashSet<>();
        for (TagItem t : tags) {
            if ((t.tag().name() + " " + t.tag().description()).toLowerCase(Locale.ROOT).contains(q)) {
                // Keeps the parents too, so a nested match shows where it sits in the codebook.
                TagItem up = t;
                while (up != null && kept.add(up.tag().id())) {
                    up = up.tag().parentId() == null ? null : byId.get(up.tag().parentId());
                }
            }
        }
        return tags.stream().filter(t -> kept.contains(t.tag().id())).toList();
    }
}
