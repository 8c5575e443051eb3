package org.marginalia.ui;

import java.util.List;
import org.marginalia.model.Annotation;
import org.marginalia.model.Tag;

/** One line of the passages table. */
public record PassageRow(Annotation passage, String source, List<Tag> tags, int page) {

    public String tagNames() {
        return String.join(", ", tags.stream().map(Tag::name).toList());
    }

    /** True when the row has one of the wanted tags (or none are wanted) and the text in its quote, note or source. */
    public boolean matches(java.util.Set<Long> wantedTags, String text) {
        if (!wantedTags.isEmpty() && passage.tagIds().stream().noneMatch(wantedTags::contains)) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        return passage.quote().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || passage.note().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || source.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
