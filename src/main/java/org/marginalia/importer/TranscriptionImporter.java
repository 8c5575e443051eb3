package org.marginalia.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marginalia.importer.transcription.Transcription;
import org.marginalia.importer.transcription.TranscriptionLimits;
import org.marginalia.importer.transcription.Transcriptions;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/**
 * Imports an existing transcription (hOCR, ALTO XML, PAGE XML) with its words' boxes and confidences, no OCR run.
 * The page image is attached when the transcription has one page and the image is either given
 * ({@link ImportOptions#pageImage()}, {@code import --image}) or lies beside the transcription under the name the file
 * gives (ALTO {@code sourceImageInformation/fileName}, PAGE {@code imageFilename}, hOCR {@code image}): the source is
 * then that image (type {@code image}, its bytes kept) with the transcription's text. Otherwise the source is the
 * transcription file itself (type {@code transcription}). Boxes are stored in pixels of the page image (ALTO
 * {@code mm10} and {@code inch1200} are converted, see {@link #ASSUMED_DPI}). Nothing is stored when the file is
 * refused.
 */
public final class TranscriptionImporter implements SourceImporter {

    /** The resolution boxes in millimetres or inches are turned into pixels at when the image does not say. */
    static final int ASSUMED_DPI = 300;

    private final TranscriptionLimits limits;

    public TranscriptionImporter() {
        this(TranscriptionLimits.standard());
    }

    public TranscriptionImporter(TranscriptionLimits limits) {
        this.limits = limits;
    }

    @Override
    public SourceType type() {
        return SourceType.TRANSCRIPTION;
    }

    @Override
    public boolean sniff(byte[] head) {
        return Transcriptions.detect(head).isPresent();
    }

    @Override
    public List<String> extensions() {
        return List.of("hocr", "xml");
    }

    @Override
    public ImportedSource read(String fileName, byte[] bytes) {
        return read(fileName, bytes, ImportOptions.defaults());
    }

    @Override
    public ImportedSource read(String fileName, byte[] bytes, ImportOptions options) {
        Transcription read = Transcriptions.read(fileName, bytes, limits);
        SourceMetadata metadata = SourceMetadata.titled(Titles.fromFileName(fileName));
        List<String> warnings = new ArrayList<>();
        Path image = options.pageImage() != null ? options.pageImage() : beside(read, options, fileName, warnings);
        if (image == null) {
            read = inPixels(read, fileName, 0, warnings);
            return new ImportedSource(metadata, SourceType.TRANSCRIPTION, fileName, bytes,
                    Fingerprint.sha256Hex(bytes), read.text(), read.pages(), read.layout(), warnings);
        }
        if (read.layout().size() != 1) {
            throw new ImportException(ImportException.Reason.UNSUPPORTED, fileName, "it has " + read.layout().size()
                    + " pages; a page image can be attached to a single-page transcription only", null);
        }
        byte[] imageBytes = imageBytes(image);
        read = inPixels(read, fileName, read.inPixels() ? 0 : Dpi.ofImage(imageBytes), warnings);
        return new ImportedSource(metadata, SourceType.IMAGE, String.valueOf(image.getFileName()), imageBytes,
                Fingerprint.sha256Hex(imageBytes), read.text(), read.pages(), read.layout(), warnings);
    }

    /**
     * The transcription in pixels of its page image. ALTO's {@code mm10} and {@code inch1200} are turned into pixels
     * at the image's resolution ({@code dpi}, 0 when unknown), else at {@value #ASSUMED_DPI} dpi with a warning: the
     * page view and the W3C export read every box of an image source as the image's pixels, so points would land in
     * the wrong place on a scan.
     */
    private static Transcription inPixels(Transcription read, String fileName, int dpi, List<String> warnings) {
        if (read.inPixels()) {
            return read;
        }
        if (dpi <= 0) {
            warnings.add(fileName + " gives its boxes in " + read.unit() + " and the resolution of its page image is"
                    + " not known (no image, or the image does not record it); the boxes assume " + ASSUMED_DPI
                    + " dpi");
        }
        return read.inPixels(dpi > 0 ? dpi : ASSUMED_DPI);
    }

    /** The image the single page names, when it lies beside the transcription; null (with a warning) otherwise. */
    private static Path beside(Transcription read, ImportOptions options, String fileName, List<String> warnings) {
        if (read.imageNames().size() != 1 || read.imageNames().get(0).isEmpty() || options.fileFolder() == null) {
            return null;
        }
        String named = read.imageNames().get(0);
        // Only the last part of the name counts: a transcription must not point the importer elsewhere on the disk.
        String base = named.substring(Math.max(named.lastIndexOf('/'), named.lastIndexOf('\\')) + 1);
        Path candidate = base.isEmpty() || base.equals("..") ? null : options.fileFolder().resolve(base);
        if (candidate == null || !Files.isRegularFile(candidate)) {
            warnings.add(fileName + " names the page image " + named + ", which is not beside it; imported without"
                    + " its image (give it with --image)");
            return null;
        }
        return candidate;
    }

    private static byte[] imageBytes(Path image) {
        String name = String.valueOf(image.getFileName());
        try {
            if (Files.size(image) > Importers.DEFAULT_MAX_BYTES) {
                throw new ImportException(ImportException.Reason.TOO_LARGE, name, "the page image is over "
                        + Importers.DEFAULT_MAX_BYTES / (1024 * 1024) + " MB", null);
            }
            byte[] bytes = Files.readAllBytes(image);
            if (!new ImageImporter().sniff(bytes)) {
                throw new ImportException(ImportException.Reason.UNSUPPORTED, name,
                        "the page image is not a JPEG, PNG or TIFF file", null);
            }
            return bytes;
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, name, "the page image: " + e.getMessage(), e);
        }
    }
}
