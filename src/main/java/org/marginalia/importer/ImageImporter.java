package org.marginalia.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/**
 * Imports a photograph or scan (JPEG, PNG, TIFF with any number of pages) by reading each page with OCR in this
 * process, one page at a time so that memory holds one page image only. The source keeps the original bytes, the
 * text with page starts, and each page's word boxes in pixels with the recogniser's confidences. Damaged files,
 * formats the JDK cannot decode, pages too large to hold and missing trained data are refused before anything is
 * stored.
 */
public final class ImageImporter implements SourceImporter {

    /** A page beyond this many pixels (a 600 dpi A3 scan is 70 million) would need gigabytes to read. */
    public static final long MAX_PIXELS = 120_000_000L;
    /** More pages than this in one TIFF are not a page of an archive but a file built to exhaust the reader. */
    public static final int MAX_PAGES = 5_000;

    @Override
    public SourceType type() {
        return SourceType.IMAGE;
    }

    @Override
    public boolean sniff(byte[] head) {
        return startsWith(head, 0xFF, 0xD8, 0xFF) || startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)
                || startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42);
    }

    @Override
    public List<String> extensions() {
        return List.of("jpg", "jpeg", "png", "tif", "tiff");
    }

    @Override
    public ImportedSource read(String fileName, byte[] bytes) {
        return read(fileName, bytes, ImportOptions.defaults());
    }

    @Override
    public ImportedSource read(String fileName, byte[] bytes, ImportOptions options) {
        PageOcr.refuseMissingLanguage(fileName, options);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(fileName, input);
            try {
                reader.setInput(input, false, true);
                int pages = reader.getNumImages(true);
                if (pages < 1) {
                    throw new ImportException(ImportException.Reason.EMPTY, fileName, "the file holds no image", null);
                }
                if (pages > MAX_PAGES) {
                    throw new ImportException(ImportException.Reason.TOO_LARGE, fileName,
                            pages + " pages, the limit is " + MAX_PAGES, null);
                }
                for (int page = 0; page < pages; page++) {
                    refuseHuge(fileName, page, reader.getWidth(page), reader.getHeight(page));
                }
                PageOcr.Result read = PageOcr.readPages(fileName, options, pages,
                        page -> reader.read(page), page -> Dpi.of(reader, page));
                return new ImportedSource(SourceMetadata.titled(Titles.fromFileName(fileName)), SourceType.IMAGE,
                        fileName, bytes, Fingerprint.sha256Hex(bytes), read.text(), read.pages(), read.layout());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException known) {
                throw known;
            }
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, describe(e), e);
        } catch (OutOfMemoryError e) {
            throw new ImportException(ImportException.Reason.TOO_LARGE, fileName, "a page needs more memory than is"
                    + " free", e);
        }
    }

    private static ImageReader readerFor(String fileName, ImageInputStream input) {
        if (input == null) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, "cannot be read as an image", null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            throw new ImportException(ImportException.Reason.UNSUPPORTED, fileName,
                    "not an image format this program decodes (JPEG, PNG, TIFF)", null);
        }
        return readers.next();
    }

    private static void refuseHuge(String fileName, int page, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                    "page " + (page + 1) + " has no size", null);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new ImportException(ImportException.Reason.TOO_LARGE, fileName, String.format(Locale.ROOT,
                    "page %d is %d x %d pixels, the limit is %d million", page + 1, width, height,
                    MAX_PIXELS / 1_000_000), null);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
