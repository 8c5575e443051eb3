package org.marginalia.ui.sources;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.marginalia.model.ProjectNote;
import org.marginalia.ui.compare.ToolContext;

/** The source's memo in Source Details: what the user notes about the source as a whole, not about a passage. */
final class SourceMemoField {

    private final ToolContext context;
    private final long documentId;
    private final TextArea area = new TextArea();
    private ProjectNote memo;

    SourceMemoField(ToolContext context, long documentId) {
        this.context = context;
        this.documentId = documentId;
    }

    Node createView() {
        Label label = new Label("Memo");
        area.setId("meta-memo");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setPromptText("Notes on the source as a whole (also in the Notes tab)");
        area.setAccessibleText("Source memo");
        label.setLabelFor(area);
        context.background().run("Reading the memo", p -> context.project().notes().forSource(documentId), memos -> {
            memo = memos.isEmpty() ? null : memos.get(0);
            area.setText(memo == null ? "" : memo.text());
        });
        return new VBox(4, label, area);
    }

    /** Saves the memo when it changed: adds it when the source had none. */
    void save() {
        String text = area.getText() == null ? "" : area.getText();
        if (memo == null && !text.isBlank()) {
            context.background().run("Saving the memo", p -> context.project().notes().add(documentId, text), m -> { });
        } else if (memo != null && !text.equals(memo.text())) {
            long id = memo.id();
            context.background().run("Saving the memo", p -> context.project().notes().edit(id, text), m -> { });
        }
    }
}
