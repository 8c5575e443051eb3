package org.marginalia.ui.compare;

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
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.QuoteCheck;
import org.marginalia.model.Document;

/** The "Check quotes" panel: which sources, a summary, and one row per quotation with its verdict and diff. */
final class QuoteCheckView {

    private final QuoteCheckViewModel model;
    private final Label sources = new Label();
    private final Label summary = new Label();
    private final ListView<QuoteCheck> list = new ListView<>();

    QuoteCheckView(QuoteCheckViewModel model) {
        this.model = model;
    }

    Node createView() {
        sources.setId("quotes-sources");
        sources.getStyleClass().add("pane-details");
        Tools.wrapping(sources);
        summary.setId("quotes-summary");
        Tools.wrapping(summary);
        Button check = Tools.iconButton(Feather.REFRESH_CW, "Check the quotations of the left pane against the right",
                model::checkPanes);
        check.setId("quotes-check");
        Button swap = Tools.iconButton(Feather.REPEAT, "Check the other source's quotations instead", model::swap);
        swap.setId("quotes-swap");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(4, summary, gap, check, swap);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        list.setId("quotes-list");
        list.setAccessibleText("Quotations and their verdicts");
        list.setPlaceholder(new Label("No quotations checked yet."));
        list.setCellFactory(v -> new CheckCell());
        list.setItems(model.checks());
        VBox box = new VBox(6, bar, sources, list);
        box.getStyleClass().addAll("tool-panel", "quote-check");
        box.getStylesheets().add(Tools.stylesheet());
        VBox.setVgrow(list, Priority.ALWAYS);
        bind();
        return box;
    }

    private void bind() {
        summary.textProperty().bind(model.summaryProperty());
        model.sourceProperty().addListener((o, a, d) -> showSources());
        model.referenceProperty().addListener((o, a, d) -> showSources());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> model.choose(c));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.choose(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void showSources() {
        Document source = model.sourceProperty().get();
        Document reference = model.referenceProperty().get();
        sources.setText(source == null || reference == null ? ""
                : "Quotations in “" + Tools.shorten(source.title(), 50) + "” checked against “"
                        + Tools.shorten(reference.title(), 50) + "”");
    }

    private final class CheckCell extends ListCell<QuoteCheck> {
        @Override
        protected void updateItem(QuoteCheck check, boolean empty) {
            super.updateItem(check, empty);
            if (empty || check == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String word = QuoteCheckViewModel.word(check.status());
            Label status = new Label(word, new FontIcon(switch (check.status()) {
                case VERBATIM -> Feather.CHECK_CIRCLE;
                case ALTERED -> Feather.ALERT_TRIANGLE;
                case NOT_FOUND -> Feather.HELP_CIRCLE;
            }));
            status.getStyleClass().addAll("verdict",
                    "verdict-" + check.status().name().toLowerCase(java.util.Locale.ROOT));
            javafx.scene.text.Text quote = Tools.wrapped("“" + Tools.shorten(check.quotation().text(), 300) + "”",
                    list, "tool-text");
            VBox content = new VBox(5, status, quote);
            if (check.status() == QuoteCheck.Status.ALTERED && check.diff() != null) {
                TextFlow diff = DiffFlow.of(check.diff());
                diff.getStyleClass().add("tool-diff");
                Label caption = new Label("Changes from the source:");
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
