package org.marginalia.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The comparison strip: a linked pair as one reading with a word diff, the words of the passage linked to (e.g. the
 * transcript) that the linking passage (the paraphrase) dropped struck through, the words it put instead highlighted.
 */
final class ComparisonStrip {

    /** The strip grows with its diff up to this height, then scrolls, so the panes above keep their room. */
    static final double MAX_DIFF_HEIGHT = 180;

    private final WorkbenchViewModel vm;
    private final BooleanProperty expanded;
    private final Label heading = new Label();
    private final TextFlow diff = new TextFlow();
    private final Label summary = new Label();
    private VBox root;

    ComparisonStrip(WorkbenchViewModel vm, BooleanProperty expanded) {
        this.vm = vm;
        this.expanded = expanded;
    }

    Node createView() {
        heading.getStyleClass().add("section-title");
        heading.setGraphic(new FontIcon(Feather.COLUMNS));
        heading.setId("comparison-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        diff.setId("comparison-diff");
        diff.getStyleClass().add("diff");
        summary.setId("comparison-summary");
        summary.getStyleClass().add("pane-details");
        summary.setMinWidth(0);
        Button fold = new Button();
        fold.setId("comparison-fold");
        fold.getStyleClass().addAll("flat", "button-icon", "small");
        fold.setOnAction(e -> expanded.set(!expanded.get()));
        fold.graphicProperty().bind(Bindings.when(expanded).then(new FontIcon(Feather.CHEVRON_DOWN))
                .otherwise(new FontIcon(Feather.CHEVRON_UP)));
        fold.setAccessibleText("Show or hide the comparison");
        fold.setTooltip(new Tooltip("Show or hide the comparison (Ctrl+Shift+J)"));
        HBox top = new HBox(12, heading, summary, fold);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        ScrollPane scroll = new ScrollPane(diff);
        scroll.setId("comparison-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("comparison-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The strip takes its content's height: a one-line hint stays one line, a long diff scrolls.
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MAX_DIFF_HEIGHT, diff.getLayoutBounds().getHeight()), diff.layoutBoundsProperty()));
        scroll.visibleProperty().bind(expanded);
        scroll.managedProperty().bind(expanded);
        root = new VBox(6, top, scroll);
        root.setId("comparison-strip");
        root.getStyleClass().add("comparison-strip");
        vm.comparisonProperty().addListener((o, a, c) -> show(c));
        show(null);
        return root;
    }

    private void show(Comparison c) {
        diff.getChildren().clear();
        if (c == null) {
            heading.setText("Comparison");
            summary.setText("");
            Text hint = new Text("Select a linked passage to compare it word by word with the passage it is "
                    + "linked to.");
            hint.getStyleClass().add("diff-hint");
            diff.getChildren().add(hint);
            return;
        }
        heading.setText("Comparison");
        summary.setText("“" + shorten(c.fromSource()) + "” " + c.link().relation().word() + " “"
                + shorten(c.toSource()) + "”" + (c.diff().isIdentical() ? " — word for word the same" : ""));
        summary.setTooltip(new Tooltip(c.fromSource() + "\n" + c.link().relation().word() + "\n" + c.toSource()));
        diff.getChildren().addAll(DiffText.of(c.diff()));
    }

    private static String shorten(String title) {
        return SourceTitles.shorten(title, "", "", 36);
    }
}
