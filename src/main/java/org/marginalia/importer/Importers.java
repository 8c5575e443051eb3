package org.marginalia.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;

/**
 * The one way in for files: reads a file, picks the importer for its format and returns the source. The format is
 * judged by content first (a PDF named {@code .txt} is still a PDF), then by extension. Every failure is an
 * {@link ImportException} that names the file; nothing else escapes.
 */
public final class Importers {

    /**
     * Files read whole (text, HTML, images, transcriptions, and PDFs up to {@link #DEFAULT_READ_WHOLE_BELOW}) beyond
     * this size are refused before being read (TOO_LARGE, naming the size and the limit), so that one wrong choice
     * cannot exhaust memory: importing a 150 MB PDF read whole peaked at 660 MiB in the importing JVM.
     */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    /**
     * PDFs are read where they lie and their originals kept in pieces, so their size is bounded by time and disk,
     * not memory: 2 GiB, twice the 1 GB archive scans the bench imports ({@code bench --bigpdf}).
     */
    public static final long DEFAULT_MAX_PDF_BYTES = 2L * 1024 * 1024 * 1024;
    /** PDFs over this are read from their file, never whole into memory; the size at which the child JVM reads. */
    public static final long DEFAULT_READ_WHOLE_BELOW = PdfLimits.STANDARD_CHILD_BYTES;
    private static final int HEAD = 1024;

    private final List<SourceImporter> importers;
    private final long maxBytes;
    private final long maxPdfBytes;
    private final long readWholeBelow;

    public Importers(List<SourceImporter> importers, long maxBytes) {
        this(importers, maxBytes, Math.max(maxBytes, DEFAULT_MAX_PDF_BYTES), DEFAULT_READ_WHOLE_BELOW);
    }

    /**
     * @param maxPdfBytes    the largest PDF accepted
     * @param readWholeBelow PDFs of this size or more are read from their file (see {@link PdfImporter#readFile})
     */
    public Importers(List<SourceImporter> importers, long maxBytes, long maxPdfBytes, long readWholeBelow) {
        this.importers = List.copyOf(importers);
        this.maxBytes = maxBytes;
        this.maxPdfBytes = maxPdfBytes;
        this.readWholeBelow = readWholeBelow;
    }

    /**
     * Plain text, Markdown, HTML, PDF, images (JPEG, PNG, TIFF) and transcriptions (hOCR, ALTO, PAGE XML), up to
     * {@link #DEFAULT_MAX_BYTES}. Transcriptions come before HTML: hOCR is XHTML, told apart by its OCR classes.
     */
    public static Importers standard() {
        return new Importers(List.of(new PdfImporter(), new ImageImporter(), new TranscriptionImporter(),
                new HtmlImporter(), TextImporter.plainText(), TextImporter.markdown()), DEFAULT_MAX_BYTES);
    }

    /** The lower-case extensions (without dot) of the formats that can be imported, for file choosers. */
    public List<String> extensions() {
        return importers.stream().flatMap(importer -> importer.extensions().stream()).distinct().toList();
    }

    /** @throws ImportException naming the file: UNREADABLE, TOO_LARGE, UNSUPPORTED, or the importer's own reason */
    public ImportedSource read(Path file) {
        return read(file, ImportOptions.defaults());
    }

    /**
     * Reads a file with these options (OCR language, progress, cancel). A transcription is given the path, so that
     * it can find the page image it names beside it. A large PDF is read where it lies, in pieces (its original is
     * {@link org.marginalia.model.Original#file on disk} until it is stored).
     *
     * @throws ImportException naming the file: UNREADABLE, TOO_LARGE, UNSUPPORTED, or the importer's own reason
     */
    public ImportedSource read(Path file, ImportOptions options) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(ImportException.Reason.UNREADABLE, fileName, "it is a folder", null);
            }
            long size = Files.size(file);
            Optional<PdfImporter> pdf = size >= readWholeBelow ? largePdfReader(file, fileName) : Optional.empty();
            if (pdf.isPresent()) {
                if (size > maxPdfBytes) {
                    throw new ImportException(ImportException.Reason.TOO_LARGE, fileName,
                            megabytes(size) + ", the limit for a PDF is " + megabytes(maxPdfBytes), null);
                }
                return readLarge(pdf.get(), fileName, file, size, options);
            }
            if (size > maxBytes) {
                throw new ImportException(ImportException.Reason.TOO_LARGE, fileName,
                        megabytes(size) + ", the limit is " + megabytes(maxBytes)
                                + " (" + megabytes(maxPdfBytes) + " for a PDF)", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, fileName, "no such file: " + file, e);
        } catch (AccessDeniedException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, fileName, "permission denied: " + file, e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, fileName, file + ": " + e.getMessage(), e);
        }
        return read(fileName, bytes, options.withFolder(file.toAbsolutePath().getParent()));
    }

    /** Imports bytes already in memory, as if read from a file of that name. */
    public ImportedSource read(String fileName, byte[] bytes) {
        return read(fileName, bytes, ImportOptions.defaults());
    }

    /** Imports bytes already in memory with these options, as if read from a file of that name. */
    public ImportedSource read(String fileName, byte[] bytes, ImportOptions options) {
        if (bytes.length == 0) {
            // Whatever its name says, a file of no bytes holds no text; no format's parser should call it damaged.
            throw new ImportException(ImportException.Reason.EMPTY, fileName, "the file is empty (0 bytes)", null);
        }
        SourceImporter importer = importerFor(fileName, bytes).orElseThrow(() -> new ImportException(
                ImportException.Reason.UNSUPPORTED, fileName, "unknown file type", null));
        try {
            return importer.read(fileName, bytes, options);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // The importers turn their libraries' failures into reasons; this is the last line for the unforeseen.
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, String.valueOf(e.getMessage()), e);
        }
    }

    /** The PDF importer when the file's head (or, failing that, its name) says it is a PDF. */
    private Optional<PdfImporter> largePdfReader(Path file, String fileName) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        return importerFor(fileName, head).filter(PdfImporter.class::isInstance).map(PdfImporter.class::cast);
    }

    private static ImportedSource readLarge(PdfImporter pdf, String fileName, Path file, long size,
                                            ImportOptions options) {
        try {
            return pdf.readFile(fileName, file, size, options);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, fileName, file + ": " + e.getMessage(), e);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, String.valueOf(e.getMessage()), e);
        }
    }

    private Optional<SourceImporter> importerFor(String fileName, byte[] bytes) {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD));
        String extension = extension(fileName);
        return importers.stream().filter(importer -> importer.sniff(head)).findFirst()
                .or(() -> importers.stream().filter(importer -> importer.extensions().contains(extension)).findFirst());
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
