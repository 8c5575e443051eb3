package org.marginalia.ui.compare;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.QuoteCheck;

/**
 * The "Check quotes" panel: both directions at once, each under a heading that names them ("Quotations in A,
 * checked against B"), with a summary and one row per quotation with its verdict and diff.
 */
final class QuoteCheckView {

    private final QuoteCheckViewModel model;

    QuoteCheckView(QuoteCheckViewModel model) {
        this.model = model;
    }

    Node createView() {
        Label hint = Tools.wrapping(new Label());
        hint.setId("quotes-hint");
        hint.getStyleClass().add("pane-details");
        hint.textProperty().bind(model.hintProperty());
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        Button check = Tools.iconButton(Feather.REFRESH_CW, "Check the quotations of both sources again",
                model::recheck);
        check.setId("quotes-check");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(hint, Priority.SOMETIMES);
        HBox bar = new HBox(4, hint, gap, check);
        bar.setAlignment(Pos.CENTER_LEFT);
        Node a = section(model.inA(), "a");
        Node b = section(model.inB(), "b");
        VBox box = new VBox(6, bar, a, b);
        box.getStyleClass().addAll("tool-panel", "quote-check");
        box.getStylesheets().add(Tools.stylesheet());
        VBox.setVgrow(a, Priority.ALWAYS);
        VBox.setVgrow(b, Priority.ALWAYS);
        return box;
    }

    private Node section(QuoteDirection direction, String suffix) {
        Label heading = Tools.wrapping(new Label());
        heading.setId("quotes-heading-" + suffix);
        heading.getStyleClass().add("quotes-heading");
        heading.textProperty().bind(direction.headingProperty());
        Label summary = Tools.wrapping(new Label());
        summary.setId("quotes-summary-" + suffix);
        summary.getStyleClass().add("pane-details");
        summary.textProperty().bind(direction.summaryProperty());
        ListView<QuoteCheck> list = new ListView<>(direction.checks());
        list.setId("quotes-list-" + suffix);
        list.accessibleTextProperty().bind(direction.headingProperty());
        list.setPlaceholder(new Label("No quotations checked yet."));
        list.setCellFactory(v -> new CheckCell(list));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, c) -> model.choose(direction, c));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.choose(direction, list.getSelectionModel().getSelectedItem());
            }
        });
        VBox section = new VBox(3, heading, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return section;
    }

    private static final class CheckCell extends ListCell<QuoteCheck> {

        private final ListView<QuoteCheck> list;

        CheckCell(ListView<QuoteCheck> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(QuoteCheck check, boolean empty) {
            super.updateItem(check, empty);
            if (empty || check == null) {
                setGraphic(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            String word = QuoteCheckViewModel.word(check.status());
            Label status = new Label(word, new FontIcon(switch (check.status()) {
                case VERBATIM -> Feather.CHECK_CIRCLE;
                case ALTERED -> Feather.ALERT_TRIANGLE;
                case NOT_FOUND -> Feather.HELP_CIRCLE;
            }));
            status.getStyleClass().addAll("verdict", "verdict-" + check.status().name().toLowerCase(Locale.ROOT));
            Text quote = Tools.wrapped("“" + Tools.shorten(check.quotation().text(), 300) + "”", list, "tool-text");
            VBox content = new VBox(5, status, quote);
            if (check.status() == QuoteCheck.Status.ALTERED && check.diff() != null) {
                TextFlow diff = DiffFlow.of(check.diff());
                diff.getStyleClass().add("tool-diff");
                Label caption = new Label("Changes from the other source:");
                caption.getStyleClass().add("pane-details");
                content.getChildren().addAll(caption, diff);
                diff.maxWidthProperty().bind(list.widthProperty().subtract(36));
                diff.setPrefWidth(0);
            }
            setGraphic(content);
            setAccessibleText(word + ": " + check.quotation().text());
            setTooltip(check.diff() == null || check.diff().isIdentical() ? null
                    : new Tooltip(check.diff().summary()));
        }
    }
}
