package org.marginalia.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** The resolution an image says it was scanned at, read from the JDK's format-neutral metadata. */
final class Dpi {

    private static final double MM_PER_INCH = 25.4;
    /** Values outside this range are not a scanner's: the recogniser is better off estimating. */
    private static final int LEAST = 50;
    private static final int MOST = 2400;

    private Dpi() {
    }

    /** Dots per inch of page {@code index}, or 0 when the file does not say (Tesseract then estimates it). */
    static int of(ImageReader reader, int index) throws IOException {
        IIOMetadata metadata = reader.getImageMetadata(index);
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        for (Node dimension = root.getFirstChild(); dimension != null; dimension = dimension.getNextSibling()) {
            if (!"Dimension".equals(dimension.getNodeName())) {
                continue;
            }
            for (Node child = dimension.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("HorizontalPixelSize".equals(child.getNodeName())) {
                    return fromMillimetres(child.getAttributes().getNamedItem("value"));
                }
            }
        }
        return 0;
    }

    /** Dots per inch of the first page of an image file, or 0 when it does not say or cannot be read. */
    static int ofImage(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return 0;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, false);
                return of(reader, 0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A page image whose header cannot be read says no resolution; the caller assumes one and says so.
            return 0;
        }
    }

    private static int fromMillimetres(Node value) {
        if (value == null) {
            return 0;
        }
        try {
            double millimetres = Double.parseDouble(value.getNodeValue());
            long dpi = Math.round(MM_PER_INCH / millimetres);
            return dpi >= LEAST && dpi <= MOST ? (int) dpi : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
