package org.marginalia.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Project file, save state, the last thing that happened, counts, and the progress of a long task with Cancel. */
final class StatusBar {

    private final WorkbenchViewModel vm;
    private final Background background;

    StatusBar(WorkbenchViewModel vm, Background background) {
        this.vm = vm;
        this.background = background;
    }

    Node createView() {
        Label file = new Label(vm.projectPath().toString(), new FontIcon(Feather.DATABASE));
        file.setId("status-file");
        file.setMinWidth(0);
        Label saved = new Label();
        saved.setId("status-saved");
        saved.textProperty().bind(javafx.beans.binding.Bindings.when(background.runningProperty())
                .then(background.messageProperty().concat("…")).otherwise("All changes saved"));
        saved.graphicProperty().bind(javafx.beans.binding.Bindings.when(background.runningProperty())
                .then((Node) new FontIcon(Feather.LOADER)).otherwise(new FontIcon(Feather.CHECK_CIRCLE)));
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.setMinWidth(0);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(vm.countsProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(background.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setAccessibleText("Cancel the running task");
        cancel.setOnAction(e -> background.cancel());
        // Short jobs (a tag, a note) finish before anyone could read a bar; only long ones show it.
        var longTask = background.longTaskProperty();
        progress.visibleProperty().bind(longTask);
        progress.managedProperty().bind(longTask);
        cancel.visibleProperty().bind(longTask);
        cancel.managedProperty().bind(longTask);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(14, file, saved, notice, spacer, progress, cancel, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
