package org.marginalia.ui;

import java.util.ArrayList;
import java.util.List;
import org.marginalia.model.Annotation;

/** The words a pane shows when the pointer rests on passages: every passage there, with all its tags and note. */
final class PassageHover {

    private PassageHover() {
    }

    /**
     * @param under the passages under the pointer, outermost first
     * @param tags the codebook, for the tags' names
     */
    static String describe(List<Annotation> under, List<TagItem> tags) {
        List<String> lines = new ArrayList<>();
        for (Annotation a : under) {
            List<String> names = tags.stream().filter(t -> a.tagIds().contains(t.tag().id()))
                    .map(t -> t.tag().name()).toList();
            lines.add(names.isEmpty() ? "Passage without a tag" : String.join(" · ", names));
            if (!a.note().isBlank()) {
                lines.add("  " + a.note());
            }
        }
        return String.join("\n", lines);
    }
}
