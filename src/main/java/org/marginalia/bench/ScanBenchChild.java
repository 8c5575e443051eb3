package org.marginalia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marginalia.importer.Importers;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import org.marginalia.project.SourceReader;

/**
 * The child JVM of the scanned PDF row: {@code ScanBenchChild PDF PROJECT RESULT_FILE} imports the PDF into a new
 * project and writes the milliseconds, then {@code rss KB}, then what was stored.
 */
public final class ScanBenchChild {

    private ScanBenchChild() {
    }

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        String detail;
        try (Project project = Project.create(Path.of(args[1]), SourceReader.using(Importers.standard()))) {
            Document source = project.sources().importFile(Path.of(args[0])).document();
            long pages = project.pages().outline(source.id()).size();
            detail = pages + " pages stored, " + source.textLength() + " characters, peak heap "
                    + Math.round(MemoryProbe.peakHeapMb()) + " MiB";
        }
        double millis = (System.nanoTime() - started) / 1e6;
        Files.write(Path.of(args[2]), List.of(String.valueOf(millis), "rss " + MemoryProbe.peakRssKb(), detail));
    }
}
