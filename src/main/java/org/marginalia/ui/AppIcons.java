package org.marginalia.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon at the sizes a desktop asks a window for; made from assets/icons/marginalia.svg. */
public final class AppIcons {

    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** Gives the stage every size, so the title bar, task bar and window switcher each pick a sharp one. */
    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(load());
    }

    static List<Image> load() {
        return SIZES.stream().flatMap(AppIcons::image).toList();
    }

    private static Stream<Image> image(int size) {
        String name = "icons/marginalia-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                // A missing icon must not keep the window from opening.
                return Stream.empty();
            }
            return Stream.of(new Image(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the app icon " + name, e);
        }
    }
}
