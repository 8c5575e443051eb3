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
 * transcription file itself (type {@code transcription}). Nothing is stored when the file is refused.
 */
public final class TranscriptionImporter implements SourceImporter {

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
            return new ImportedSource(metadata, SourceType.TRANSCRIPTION, fileName, bytes,
                    Fingerprint.sha256Hex(bytes), read.text(), read.pages(), read.layout(), warnings);
        }
        if (read.layout().size() != 1) {
            throw new ImportException(ImportException.Reason.UNSUPPORTED, fileName, "it has " + read.layout().size()
                    + " pages; a page image can be attached to a single-page transcription only", null);
        }
        byte[] imageBytes = imageBytes(image);
        return new ImportedSource(metadata, SourceType.IMAGE, String.valueOf(image.getFileName()), imageBytes,
                Fingerprint.sha256Hex(imageBytes), read.text(), read.pages(), read.layout(), warnings);
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
