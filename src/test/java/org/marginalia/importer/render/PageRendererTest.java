package org.marginalia.importer.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.marginalia.bench.TextPdf;
import org.marginalia.model.PageImage;

/** Pages drawn as a reader would see them: PDF pages at a resolution, images as they are, TIFF page by page. */
class PageRendererTest {

    @Test
    void aPdfPageIsDrawnAtTheAskedResolutionWithItsInkWhereTheTextIs() {
        byte[] pdf = TextPdf.pages(List.of(List.of("First page"), List.of("Second page")));
        PageImage page = PageRenderer.render("two.pdf", pdf, 2, 150);
        // A4 is 595 x 842 points: at 150 dpi, 1240 x 1754 pixels.
        assertThat(page.width()).isBetween(1239, 1241);
        assertThat(page.height()).isBetween(1753, 1755);
        assertThat(page.pixelsPerUnit()).isEqualTo(150 / 72.0);
        int baseline = (int) ((TextPdf.TOP) * page.pixelsPerUnit());
        assertThat(darkPixels(page, (int) (TextPdf.LEFT * page.pixelsPerUnit()), baseline - 20, 200, 22))
                .as("ink of the first line").isGreaterThan(50);
        assertThat(darkPixels(page, 0, 0, 100, 100)).as("the blank corner").isZero();
    }

    @Test
    void imagesAreToldByTheirBytesAndATiffIsReadPageByPage() throws IOException {
        byte[] tiff = tiff(image(300, 200, Color.WHITE), image(120, 80, Color.BLACK));
        PageImage second = PageRenderer.render("scan.pdf.tif", tiff, 2, 150);
        assertThat(second.width()).isEqualTo(120);
        assertThat(second.height()).isEqualTo(80);
        assertThat(second.pixelsPerUnit()).isEqualTo(1);
        assertThat(darkPixels(second, 0, 0, 120, 80)).isEqualTo(120 * 80);

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image(50, 40, Color.WHITE), "png", png);
        assertThat(PageRenderer.render("photo.tif", png.toByteArray(), 1, 150).width()).isEqualTo(50);
    }

    @Test
    void aMissingPageOrAnUnreadableFileIsRefusedNamingTheFileAndPage() {
        byte[] pdf = TextPdf.pages(List.of(List.of("Only page")));
        assertThatThrownBy(() -> PageRenderer.render("one.pdf", pdf, 3, 150))
                .isInstanceOfSatisfying(PageRenderException.class,
                        e -> assertThat(e.reason()).isEqualTo(PageRenderException.Reason.DAMAGED))
                .hasMessageContaining("page 3 of one.pdf");
        assertThatThrownBy(() -> PageRenderer.render("notes.txt", "just text".getBytes(), 1, 150))
                .isInstanceOfSatisfying(PageRenderException.class,
                        e -> assertThat(e.reason()).isEqualTo(PageRenderException.Reason.UNSUPPORTED))
                .hasMessageContaining("notes.txt");
    }

    private static int darkPixels(PageImage page, int x, int y, int w, int h) {
        int dark = 0;
        for (int row = y; row < y + h; row++) {
            for (int col = x; col < x + w; col++) {
                int rgb = page.argb()[row * page.width() + col];
                if ((rgb & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static BufferedImage image(int w, int h, Color colour) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    private static byte[] tiff(BufferedImage... pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
