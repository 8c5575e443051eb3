package org.marginalia.importer.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.marginalia.importer.render.PageRenderException.Reason;
import org.marginalia.model.PageImage;

/**
 * Draws one page of a source as it looks: a PDF page through PDFBox at a given resolution (its crop box, rotated as
 * a reader shows it, the same frame as its word boxes), an image file as it is, page N of a multi-page TIFF
 * included. The format is told by the file's first bytes, not by its name or type.
 */
public final class PageRenderer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final double POINTS_PER_INCH = 72;

    private PageRenderer() {
    }

    /**
     * @param page 1-based
     * @param dpi  used for PDF pages; images keep their own pixels
     */
    public static PageImage render(String fileName, byte[] file, int page, int dpi) {
        return drawing(fileName, page,
                () -> isPdf(file) ? pdfPage(fileName, file, page, dpi) : imagePage(fileName, file, page));
    }

    /** Drawing one page, which may fail as PDFBox and ImageIO fail. */
    @FunctionalInterface
    private interface Drawing {
        PageImage draw() throws IOException;
    }

    /** Runs a drawing, turning every failure of the libraries into a {@link PageRenderException}. */
    private static PageImage drawing(String fileName, int page, Drawing drawing) {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1: " + page);
        }
        try {
            return drawing.draw();
        } catch (InvalidPasswordException e) {
            throw new PageRenderException(Reason.ENCRYPTED, fileName, page, null, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PageRenderException known) {
                throw known;
            }
            throw new PageRenderException(Reason.DAMAGED, fileName, page, e.getMessage(), e);
        }
    }

    /**
     * One page of the file at {@code file}, read where it lies: PDFBox reads a PDF through a buffered window of the
     * file, so a page of a 1 GB PDF is drawn without holding the file.
     */
    public static PageImage render(String fileName, Path file, int page, int dpi) {
        return drawing(fileName, page, () -> {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(1024 + PDF.length);
            }
            if (!isPdf(head)) {
                try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                    return imagePage(fileName, in, page);
                }
            }
            try (PDDocument document = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
                return pdfPage(fileName, document, page, dpi);
            }
        });
    }

    static boolean isPdf(byte[] file) {
        // PDF readers accept the header anywhere in the first kilobyte; so does this.
        int limit = Math.min(file.length - PDF.length, 1024);
        for (int at = 0; at <= limit; at++) {
            if (startsAt(file, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(byte[] file, int at) {
        for (int i = 0; i < PDF.length; i++) {
            if (file[at + i] != PDF[i]) {
                return false;
            }
        }
        return true;
    }

    private static PageImage pdfPage(String fileName, byte[] file, int page, int dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(file), "",
                IOUtils.createTempFileOnlyStreamCache())) {
            return pdfPage(fileName, document, page, dpi);
        }
    }

    private static PageImage pdfPage(String fileName, PDDocument document, int page, int dpi) throws IOException {
        if (page > document.getNumberOfPages()) {
            throw new PageRenderException(Reason.DAMAGED, fileName, page,
                    "it has " + document.getNumberOfPages() + " pages", null);
        }
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        return toPage(image, dpi / POINTS_PER_INCH);
    }

    private static PageImage imagePage(String fileName, byte[] file, int page) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            return imagePage(fileName, in, page);
        }
    }

    private static PageImage imagePage(String fileName, ImageInputStream in, int page) throws IOException {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
            throw new PageRenderException(Reason.UNSUPPORTED, fileName, page, null, null);
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in);
            int pages = reader.getNumImages(true);
            if (page > pages) {
                throw new PageRenderException(Reason.DAMAGED, fileName, page, "it has " + pages + " pages", null);
            }
            return toPage(reader.read(page - 1), 1);
        } finally {
            reader.dispose();
        }
    }

    private static PageImage toPage(BufferedImage image, double pixelsPerUnit) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1 && buffer.getData().length == w * h) {
            // PDF pages come as packed RGB: copying the pixels with an opaque alpha is a tenth of getRGB's cost.
            int[] rgb = buffer.getData();
            int[] argb = new int[rgb.length];
            for (int i = 0; i < rgb.length; i++) {
                argb[i] = rgb[i] | 0xFF000000;
            }
            return new PageImage(w, h, argb, pixelsPerUnit);
        }
        return new PageImage(w, h, image.getRGB(0, 0, w, h, null, 0, w), pixelsPerUnit);
    }
}
