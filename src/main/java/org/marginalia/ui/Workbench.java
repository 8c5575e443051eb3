package org.marginalia.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.marginalia.model.Document;
import org.marginalia.project.AppDirectories;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.marginalia.project.SourceReader;

/** Opens the window on a project (the demo project when none is given). */
public final class Workbench {

    private Workbench() {
    }

    public static void launch(Path projectFile, SourceReader reader) {
        Project project = openProject(projectFile, reader);
        Platform.startup(() -> show(project));
    }

    static Project openProject(Path projectFile, SourceReader reader) {
        if (projectFile != null) {
            return Project.open(projectFile, reader);
        }
        Path demo = AppDirectories.demoProject();
        if (java.nio.file.Files.exists(demo)) {
            return Project.open(demo, reader);
        }
        try {
            java.nio.file.Files.createDirectories(demo.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return DemoProject.create(demo, reader);
    }

    private static void show(Project project) {
        Stage stage = new Stage();
        ListView<Document> sources = new ListView<>(FXCollections.observableArrayList(project.sources().list()));
        sources.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Document item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        BorderPane root = new BorderPane(sources);
        root.setTop(new Label("Sources"));
        stage.setTitle(project.name() + " — Marginalia");
        stage.setScene(new Scene(root, 900, 600));
        stage.setOnHidden(e -> project.close());
        stage.show();
    }
}
