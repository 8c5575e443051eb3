package org.marginalia.ui.analysis;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Tab;
import javafx.stage.FileChooser;

/** Asks where to write a figure of the Analysis window, offering a file name made from the figure's tab. */
final class FigureFileChooser {

    private FigureFileChooser() {
    }

    /** The file chosen for the figure on {@code tab}, in the format {@code pattern} (e.g. {@code *.csv}). */
    static Optional<Path> choose(Tab tab, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + tab.getText());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(tab.getText().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-")
                + pattern.substring(1));
        File file = chooser.showSaveDialog(tab.getTabPane().getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
