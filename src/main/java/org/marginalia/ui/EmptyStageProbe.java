package org.marginalia.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: an empty JavaFX stage, started the same way as Marginalia's window (class
 * path, {@code Platform.startup}), reporting through {@link StartupProbe}.
 */
public final class EmptyStageProbe {

    private EmptyStageProbe() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Empty stage");
            Scene scene = new Scene(new StackPane(), 800, 600);
            stage.setScene(scene);
            stage.show();
            StartupProbe.afterFirstFrame(scene, () -> StartupProbe.painted(() -> {
                Platform.exit();
                System.exit(0);
            }));
        });
    }
}
