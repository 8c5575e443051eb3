package org.marginalia.ui;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;

/** The passage inspector: quote, tags as removable chips, the note (saved as you type) and the links. */
final class InspectorView {

    private static final Duration NOTE_DELAY = Duration.millis(600);

    private final WorkbenchViewModel vm;
    private final Label quote = new Label();
    private final Label where = new Label();
    private final FlowPane chips = new FlowPane(6, 6);
    private final TextArea note = new TextArea();
    private final VBox links = new VBox(6);
    private final PauseTransition noteTimer = new PauseTransition(NOTE_DELAY);
    private Annotation shown;
    private boolean loading;

    InspectorView(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    Node createView() {
        Label heading = new Label("Passage");
        heading.getStyleClass().add("section-title");
        quote.setId("inspector-quote");
        quote.getStyleClass().add("quote");
        quote.setWrapText(true);
        where.getStyleClass().add("pane-details");
        where.setWrapText(true);
        chips.setId("inspector-tags");
        note.setId("inspector-note");
        note.setPromptText("Note — saved as you type");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setAccessibleText("Note on the selected passage");
        Label linksHeading = new Label("Links");
        linksHeading.getStyleClass().add("section-title");
        links.setId("inspector-links");
        VBox content = new VBox(10, heading, quote, where, chips, note, linksHeading, links);
        content.getStyleClass().add("inspector");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("inspector");
        bind();
        return scroll;
    }

    private void bind() {
        vm.selectedProperty().addListener((o, a, passage) -> show(passage));
        vm.links().addListener((ListChangeListener<Link>) c -> show(vm.selectedProperty().get()));
        note.textProperty().addListener((o, a, b) -> {
            if (!loading && shown != null) {
                noteTimer.playFromStart();
            }
        });
        noteTimer.setOnFinished(e -> saveNote());
        note.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                saveNote();
            }
        });
        show(null);
    }

    private void saveNote() {
        noteTimer.stop();
        if (shown != null && !note.getText().equals(shown.note())) {
            vm.passages().saveNote(shown.id(), note.getText());
            shown = new Annotation(shown.id(), shown.documentId(), shown.span(), shown.quote(), shown.prefix(),
                    shown.suffix(), note.getText(), shown.author(), shown.created(), shown.modified(), shown.tagIds());
        }
    }

    private void show(Annotation passage) {
        if (shown != null && passage != null && shown.id() == passage.id() && note.isFocused()) {
            // The user is typing: keep their text, only the chips and links may have changed.
            shown = passage.withTagIds(passage.tagIds());
        } else {
            if (shown != null && noteTimer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                saveNote();
            }
            shown = passage;
            loading = true;
            note.setText(passage == null ? "" : passage.note());
            loading = false;
        }
        note.setDisable(passage == null);
        quote.setText(passage == null ? "Select text in a source and press a tag's key (1–9), or click a highlight."
                : "“" + passage.quote() + "”");
        quote.getStyleClass().remove("placeholder");
        if (passage == null) {
            quote.getStyleClass().add("placeholder");
        }
        where.setText(passage == null ? "" : sourceTitle(passage.documentId()) + "  ·  characters "
                + passage.span().start() + "–" + passage.span().end());
        chips.getChildren().clear();
        links.getChildren().clear();
        if (passage == null) {
            return;
        }
        for (TagItem t : vm.tags()) {
            if (passage.tagIds().contains(t.tag().id())) {
                chips.getChildren().add(chip(passage, t));
            }
        }
        for (Link link : vm.links()) {
            if (link.fromAnnotationId() == passage.id() || link.toAnnotationId() == passage.id()) {
                links.getChildren().add(linkRow(passage, link));
            }
        }
        if (links.getChildren().isEmpty()) {
            Label none = new Label("No links. Select a passage in each pane and press Ctrl+L.");
            none.getStyleClass().add("pane-details");
            none.setWrapText(true);
            links.getChildren().add(none);
        }
    }

    private Node chip(Annotation passage, TagItem t) {
        Label name = new Label(t.tag().name(), TagSwatch.of(t.tag().color()));
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("flat", "chip-remove");
        remove.setAccessibleText("Remove tag " + t.tag().name());
        remove.setOnAction(e -> vm.passages().removeTag(passage, t.tag().id()));
        HBox chip = new HBox(4, name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("tag-chip");
        return chip;
    }

    private Node linkRow(Annotation passage, Link link) {
        boolean outgoing = link.fromAnnotationId() == passage.id();
        Annotation other = vm.passageById(outgoing ? link.toAnnotationId() : link.fromAnnotationId());
        String relation = outgoing ? link.relation().word() : "is " + passive(link.relation().word()) + " by";
        Label text = new Label(relation + " “" + (other == null ? "…" : other.quote()) + "”"
                + (link.note().isBlank() ? "" : "\n" + link.note()));
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button show = new Button("Show", new FontIcon(Feather.ARROW_RIGHT));
        show.setAccessibleText("Show the linked passage");
        show.getStyleClass().add("small");
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.setTooltip(new javafx.scene.control.Tooltip("Show the other passage in the other pane"));
        show.setId("show-other-end");
        show.setOnAction(e -> vm.passages().showOtherEnd(link));
        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.getStyleClass().addAll("flat", "small");
        remove.setAccessibleText("Remove link");
        remove.setOnAction(e -> vm.passages().deleteLink(link));
        HBox row = new HBox(6, new FontIcon(Feather.LINK_2), text, show, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** "paraphrases" → "paraphrased", "quotes" → "quoted", "related" stays. */
    private static String passive(String word) {
        return word.endsWith("es") ? word.substring(0, word.length() - 1) + "d"
                : word.endsWith("s") ? word.substring(0, word.length() - 1) + "ed" : word;
    }

    private String sourceTitle(long documentId) {
        return vm.sources().stream().filter(s -> s.document().id() == documentId)
                .map(s -> s.document().title()).findFirst().orElse("");
    }
}
