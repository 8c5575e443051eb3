package org.marginalia.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marginalia.model.Annotation;
import org.marginalia.model.Tag;

/** One line of the passages table. */
public record PassageRow(Annotation passage, String source, List<Tag> tags, int page) {

    public String tagNames() {
        return String.join(", ", tags.stream().map(Tag::name).toList());
    }

    /** True when the row has one of the wanted tags (or none are wanted) and the text in its quote, note or source. */
    public boolean matches(Set<Long> wantedTags, String text) {
        if (!wantedTags.isEmpty() && passage.tagIds().stream().noneMatch(wantedTags::contains)) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return passage.quote().toLowerCase(Locale.ROOT).contains(needle)
                || passage.note().toLowerCase(Locale.ROOT).contains(needle)
                || source.toLowerCase(Locale.ROOT).contains(needle);
    }
}
