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
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.marginalia.analysis.CodeCounter;
import org.marginalia.analysis.CodeCounts;
import org.marginalia.analysis.CooccurrenceCounter;
import org.marginalia.analysis.CooccurrenceMatrix;
import org.marginalia.analysis.CooccurrenceUnit;
import org.marginalia.analysis.Selection;
import org.marginalia.analysis.StatsTables;
import org.marginalia.export.AlignmentCsvExporter;
import org.marginalia.export.AlignmentExporter;
import org.marginalia.export.HtmlReportExporter;
import org.marginalia.export.MarkdownReportExporter;
import org.marginalia.export.QdpxExporter;
import org.marginalia.export.WebAnnotationExporter;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.Alignment;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.Document;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.StatsTable;
import org.marginalia.model.Tag;
import org.marginalia.model.WordDiff;
import org.marginalia.store.ProjectFile;

/** Reads a consistent snapshot of the project and writes it out in the export formats. */
public final class ExportService {

    private final ProjectFile file;
    private final SourceService sources;
    private final CompareService compare;
    private final CitationService citations;

    ExportService(ProjectFile file, SourceService sources, CompareService compare, CitationService citations) {
        this.file = file;
        this.sources = sources;
        this.compare = compare;
        this.citations = citations;
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
                    tx.links().all(), tx.projectNotes().all());
        });
    }

    /** Writes the CSV export; returns the number of rows. */
    public int exportCsv(Path out, CsvOptions options) {
        return writeAtomically(out, stream -> new CsvStream(file).write(stream, options, null));
    }

    /** Writes the sentence alignment of source {@code a} with source {@code b} as CSV; returns the number of pairs. */
    public int exportAlignment(Path out, long a, long b) {
        List<AlignedPair> pairs = compare.align(a, b);
        String textA = compare.text(a);
        String textB = compare.text(b);
        return writeAtomically(out, stream -> new AlignmentCsvExporter().write(pairs, textA, textB, stream));
    }

    /**
     * Aligns the sentences of source {@code a} with source {@code b} and writes the alignment as CSV, HTML or
     * Markdown.
     *
     * @return how many rows the alignment has
     */
    public int exportAlignment(long a, long b, Path out, ExportFormat format) {
        Alignment alignment = compare.alignment(a, b);
        AlignmentExporter.Side sideA = new AlignmentExporter.Side(sources.get(a).title(), compare.text(a));
        AlignmentExporter.Side sideB = new AlignmentExporter.Side(sources.get(b).title(), compare.text(b));
        return writeAtomically(out, stream -> new AlignmentExporter().write(alignment, sideA, sideB, format, stream));
    }

    /**
     * Writes the project in any export format.
     *
     * @param csvOptions used for CSV only
     * @return how many passages the export holds
     */
    public int export(Path out, ExportFormat format, CsvOptions csvOptions) {
        return export(out, format, csvOptions, citations.preferred(), false);
    }

    /**
     * Writes the project in any export format, citing passages in the given style.
     *
     * @param style the citation style of the reports, and of the CSV's {@code citation} column
     * @param citationColumn whether the CSV gets a last {@code citation} column (off by default, so the columns
     *     scripts rely on stay as they are)
     */
    public int export(Path out, ExportFormat format, CsvOptions csvOptions, CitationStyle style,
            boolean citationColumn) {
        if (format == ExportFormat.CSV) {
            // Streamed from the cursor: the project is never in memory as a whole.
            return writeAtomically(out, stream -> new CsvStream(file).write(stream, csvOptions,
                    citationColumn ? citations.pageCiter(style) : null));
        }
        ProjectSnapshot snapshot = snapshot();
        boolean cites = format == ExportFormat.HTML || format == ExportFormat.MARKDOWN;
        Map<Long, String> cited = cites ? citations.passageCitations(snapshot, style) : Map.of();
        writeAtomically(out, stream -> {
            switch (format) {
                case CSV -> throw new IllegalStateException("CSV is streamed above");
                case JSON -> new WebAnnotationExporter().write(snapshot,
                        id -> file.inTransaction(tx -> tx.pageLayouts().all(id)), stream);
                case QDPX -> new QdpxExporter("Marginalia").write(snapshot, sources.originals(), stream);
                case HTML -> new HtmlReportExporter(cited).write(snapshot, diffs(snapshot), figures(snapshot), stream);
                case MARKDOWN -> new MarkdownReportExporter(cited).write(snapshot, diffs(snapshot), figures(snapshot),
                        stream);
            }
            return null;
        });
        return snapshot.annotations().size();
    }

    /** The frequency table by source and the co-occurrence matrix, for the reports. */
    private static List<StatsTable> figures(ProjectSnapshot snapshot) {
        List<Long> tagIds = snapshot.tags().stream().map(Tag::id).toList();
        List<Long> sourceIds = snapshot.documents().stream().map(Document::id).toList();
        Map<Long, String> paths = new HashMap<>();
        tagIds.forEach(id -> paths.put(id, snapshot.tagPath(id)));
        LongFunction<String> title = id -> snapshot.document(id).map(Document::title).orElse("#" + id);
        CodeCounts counts = CodeCounter.count(tagIds, sourceIds, snapshot.annotations(), Selection.everything());
        CooccurrenceMatrix matrix = CooccurrenceCounter.count(tagIds, snapshot.annotations(), snapshot::textOf,
                CooccurrenceUnit.OVERLAPPING, Selection.everything());
        return List.of(StatsTables.bySource(counts, paths::get, title),
                StatsTables.cooccurrence(matrix, paths::get, false));
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
