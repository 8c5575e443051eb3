package org.marginalia.ui.analysis;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Agreement with another coder's project on the same sources, and where the two differ. */
final class TwoCodersPane {

    private final AnalysisViewModel vm;
    private final TableView<List<String>> table = new TableView<>();
    private final ListView<String> disagreements = new ListView<>();
    private final Label summary = new Label("Open another coder's project on the same sources to compare codings.");
    private final Button adopt = new Button("Adopt");
    private final Button adoptAll = new Button("Adopt All from the Other Coder");
    private final Label adopted = new Label();
    private final CheckBox excludeUncoded = new CheckBox("Leave out text neither coder coded");

    TwoCodersPane(AnalysisViewModel vm) {
        this.vm = vm;
    }

    Node createView() {
        Button open = new Button("Compare with another coder…");
        open.setId("open-second-coder");
        open.setOnAction(e -> choose());
        excludeUncoded.setId("exclude-uncoded");
        excludeUncoded.selectedProperty().addListener((o, a, on) -> vm.setExcludeUncoded(on));
        table.setId("agreement-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(260);
        disagreements.setId("disagreements");
        // One click shows the place in the window's panes; Adopt then takes the other coder's coding there.
        disagreements.getSelectionModel().selectedIndexProperty().addListener((o, a, index) -> {
            vm.revealDisagreement(index.intValue());
            adopt.setDisable(!vm.canAdopt(index.intValue()));
        });
        adopt.setId("adopt-disagreement");
        adopt.setDisable(true);
        adopt.setOnAction(e -> vm.adopt(disagreements.getSelectionModel().getSelectedIndex(), adopted::setText));
        adoptAll.setId("adopt-all");
        adoptAll.setDisable(true);
        adoptAll.setOnAction(e -> vm.adoptAll(adopted::setText));
        adopted.setId("adopt-status");
        adopted.setWrapText(true);
        summary.setWrapText(true);
        vm.twoCodersProperty().addListener((o, old, result) -> show(result));
        HBox controls = new HBox(10, open, excludeUncoded);
        HBox adopting = new HBox(10, new Label("Disagreements"), adopt, adoptAll);
        adopting.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, controls, summary, table, adopting, disagreements, adopted);
        VBox.setVgrow(disagreements, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private void choose() {
        if (vm.joinedToWindow()) {
            vm.chooseSecondCoder().ifPresent(vm::compareWith);
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Another coder's project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Marginalia projects", "*.marginalia"));
        File file = chooser.showOpenDialog(table.getScene().getWindow());
        if (file != null) {
            vm.compareWith(file.toPath());
        }
    }

    private void show(TwoCoders result) {
        if (result == null) {
            return;
        }
        table.getColumns().clear();
        List<String> header = result.agreement().header();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(header.get(i).replace('_', ' '));
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            table.getColumns().add(c);
        }
        table.getItems().setAll(result.agreement().rows());
        disagreements.getItems().setAll(result.lines());
        adoptAll.setDisable(result.disagreements().isEmpty());
        summary.setText(result.other().getFileName() + ": " + result.sharedSources() + " shared sources, "
                + result.disagreements().size() + " disagreements. Characters are the units (percent, Cohen's κ, "
                + "Krippendorff's α). Click a disagreement to see it in the panes; Adopt takes the other coder's "
                + "coding.");
    }
}
