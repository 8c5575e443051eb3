package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Tag;

/** Typing filters the codebook by name or description, keeping a match's parents. */
class TagFilterTest {

    final TagItem politics = new TagItem(new Tag(1, "politics", "#E69F00", "", null, "1"), 3);
    final TagItem nato = new TagItem(new Tag(2, "NATO expansion", "#56B4E9", "eastward enlargement", 1L, "2"), 2);
    final TagItem trust = new TagItem(new Tag(3, "trust", "#009E73", "", null, null), 1);
    final List<TagItem> all = List.of(politics, nato, trust);

    @Test
    void anEmptyFilterKeepsEverything() {
        assertThat(TagFilter.matching(all, " ")).containsExactlyElementsOf(all);
    }

    @Test
    void aNestedMatchKeepsItsParent() {
        assertThat(TagFilter.matching(all, "nato")).containsExactly(politics, nato);
    }

    @Test
    void theDescriptionMatchesToo() {
        assertThat(TagFilter.matching(all, "ENLARGEMENT")).containsExactly(politics, nato);
        assertThat(TagFilter.matching(all, "zzz")).isEmpty();
    }
}
