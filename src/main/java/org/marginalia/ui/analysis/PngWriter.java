package org.marginalia.ui.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** A picture of a figure as PNG: the snapshot is taken on the FX thread, the file is written by the caller's job. */
final class PngWriter {

    private PngWriter() {
    }

    /** Takes the picture now (FX thread); the returned image can be written from any thread. */
    static BufferedImage picture(Node node, boolean dark) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(dark ? Color.web("#0D1117") : Color.WHITE);
        WritableImage image = node.snapshot(parameters, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    static void write(BufferedImage image, Path out) {
        try {
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the picture " + out + ": " + e.getMessage(), e);
        }
    }
}
