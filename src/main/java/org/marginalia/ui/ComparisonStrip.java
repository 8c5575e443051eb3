package org.marginalia.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

    private final WorkbenchViewModel vm;
    private final Label heading = new Label();
    private final TextFlow diff = new TextFlow();
    private final Label summary = new Label();
    private VBox root;

    ComparisonStrip(WorkbenchViewModel vm) {
        this.vm = vm;
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
        HBox top = new HBox(12, heading, summary);
        top.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        root = new VBox(6, top, diff);
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
        diff.getChildren().addAll(DiffText.of(c.diff()));
    }

    private static String shorten(String title) {
        return title.length() <= 60 ? title : title.substring(0, 57) + "…";
    }
}
