package org.marginalia.ui.page;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.marginalia.model.PageImage;

/** Turns a drawn page into a JavaFX image, remembering the last one so a redraw of the same page costs nothing. */
final class PageImages {

    private PageImage last;
    private Image lastImage;

    Image toImage(PageImage page) {
        if (page != last) {
            WritableImage image = new WritableImage(page.width(), page.height());
            image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                    page.argb(), 0, page.width());
            last = page;
            lastImage = image;
        }
        return lastImage;
    }
}
