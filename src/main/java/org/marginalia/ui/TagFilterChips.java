package org.marginalia.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.marginalia.model.Tag;

/**
 * The passage table's tag filter: one chip per tag, pressed to show only passages with that tag (several pressed:
 * any of them). Chips instead of ControlsFX's CheckComboBox, whose popup does not check an item when its text is
 * clicked (controlsfx/controlsfx#924) and so seemed to close without doing anything.
 */
final class TagFilterChips {

    private final FlowPane chips = new FlowPane(4, 4);
    private final Set<Long> checked = new HashSet<>();
    private final Consumer<Set<Long>> changed;

    TagFilterChips(Consumer<Set<Long>> changed) {
        this.changed = changed;
    }

    Node createView() {
        chips.setId("tag-filter");
        chips.getStyleClass().add("tag-filter");
        chips.setAccessibleText("Show only passages with these tags");
        return chips;
    }

    /** New chips for the codebook as it is now; a chip stays pressed while its tag exists. */
    void setTags(List<Tag> tags) {
        checked.retainAll(tags.stream().map(Tag::id).toList());
        chips.getChildren().setAll(tags.stream().map(this::chip).toList());
        changed.accept(Set.copyOf(checked));
    }

    private ToggleButton chip(Tag tag) {
        ToggleButton chip = new ToggleButton(tag.name(), TagSwatch.of(tag.color()));
        chip.setId("tag-filter-" + tag.id());
        chip.getStyleClass().addAll("small", "tag-chip");
        chip.setAccessibleText("Show passages tagged " + tag.name());
        chip.setSelected(checked.contains(tag.id()));
        chip.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                checked.add(tag.id());
            } else {
                checked.remove(tag.id());
            }
            changed.accept(Set.copyOf(checked));
        });
        return chip;
    }

    Set<Long> checked() {
        return Set.copyOf(checked);
    }
}
