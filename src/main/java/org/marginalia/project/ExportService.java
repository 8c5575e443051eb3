package org.marginalia.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.marginalia.export.CsvExporter;
import org.marginalia.export.HtmlReportExporter;
import org.marginalia.export.MarkdownReportExporter;
import org.marginalia.export.QdpxExporter;
import org.marginalia.export.WebAnnotationExporter;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.Document;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.WordDiff;
import org.marginalia.store.ProjectFile;

/** Reads a consistent snapshot of the project and writes it out in the export formats. */
public final class ExportService {

    private final ProjectFile file;
    private final SourceService sources;
    private final CompareService compare;

    ExportService(ProjectFile file, SourceService sources, CompareService compare) {
        this.file = file;
        this.sources = sources;
        this.compare = compare;
    }

    /** Everything an export needs, read in one transaction so it is consistent. */
    public ProjectSnapshot snapshot() {
        return file.inTransaction(tx -> {
            var documents = tx.documents().all();
            Map<Long, String> texts = new HashMap<>();
            for (Document d : documents) {
                texts.put(d.id(), tx.documents().text(d.id()));
            }
            return new ProjectSnapshot(file.name(), documents, texts, tx.tags().all(), tx.annotations().all(),
                    tx.links().all());
        });
    }

    /** Writes the CSV export; returns the number of rows. */
    public int exportCsv(Path out, CsvOptions options) {
        ProjectSnapshot snapshot = snapshot();
        return writeAtomically(out, stream -> new CsvExporter(options).write(snapshot, stream));
    }

    /**
     * Writes the project in any export format.
     *
     * @param csvOptions used for CSV only
     * @return how many passages the export holds
     */
    public int export(Path out, ExportFormat format, CsvOptions csvOptions) {
        ProjectSnapshot snapshot = snapshot();
        writeAtomically(out, stream -> {
            switch (format) {
                case CSV -> new CsvExporter(csvOptions).write(snapshot, stream);
                case JSON -> new WebAnnotationExporter().write(snapshot, stream);
                case QDPX -> new QdpxExporter("Marginalia").write(snapshot, sources::originalBytes, stream);
                case HTML -> new HtmlReportExporter().write(snapshot, diffs(snapshot), stream);
                case MARKDOWN -> new MarkdownReportExporter().write(snapshot, diffs(snapshot), stream);
            }
            return null;
        });
        return snapshot.annotations().size();
    }

    private Map<Long, WordDiff> diffs(ProjectSnapshot snapshot) {
        Map<Long, WordDiff> diffs = new HashMap<>();
        for (Link link : snapshot.links()) {
            diffs.put(link.id(), compare.diff(link));
        }
        return diffs;
    }

    /**
     * Writes to a temporary file beside the target and moves it into place only when complete, so a failed export
     * never leaves a half-written file where the user expects a good one.
     */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    static <T> T writeAtomically(Path out, Writing<T> writing) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            removeLeftovers(target);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            T result;
            try (OutputStream stream = Files.newOutputStream(temp)) {
                result = writing.write(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new ExportException(target, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // A leftover .part file is harmless; the export error (if any) is what matters.
                }
            }
        }
    }

    /**
     * Temporary files an earlier, killed export of the same target left behind. Only those over an hour old: a
     * younger one may belong to an export still running in another process.
     */
    private static void removeLeftovers(Path target) {
        FileTime cutoff = FileTime.from(Instant.now().minus(LEFTOVER_AGE));
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.getParent(),
                "." + target.getFileName() + "*.part")) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException ignored) {
            // Cleaning up is a courtesy; the export itself does not depend on it.
        }
    }

    /** Writes an export to a stream. */
    @FunctionalInterface
    interface Writing<T> {
        T write(OutputStream out) throws IOException;
    }
}
