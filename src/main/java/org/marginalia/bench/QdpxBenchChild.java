package org.marginalia.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marginalia.importer.Importers;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.project.Project;
import org.marginalia.project.ProjectImport;

/**
 * A child JVM for one .qdpx row, so its peak memory is its own: {@code QdpxBenchChild import|list|export QDPX
 * PROJECT RESULT_FILE} writes the milliseconds, then {@code rss KB}. "import" brings QDPX into a new PROJECT;
 * "list" reads what {@code list tags} prints; "export" writes PROJECT as a .qdpx beside it.
 */
public final class QdpxBenchChild {

    private QdpxBenchChild() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path qdpx = Path.of(args[1]);
        Path projectFile = Path.of(args[2]);
        long started = System.nanoTime();
        String detail;
        if (mode.equals("import")) {
            try (Project project = Project.create(projectFile, Importers.standard()::read)) {
                ProjectImport result = project.projectImports().importQdpx(qdpx);
                detail = result.passagesAdded() + " passages, " + result.tagsAdded() + " tags";
            }
        } else {
            try (Project project = Project.open(projectFile, Importers.standard()::read)) {
                if (mode.equals("list")) {
                    ProjectSnapshot snapshot = project.exports().snapshot();
                    int chars = 0;
                    for (var tag : snapshot.tags()) {
                        chars += snapshot.tagPath(tag.id()).length();
                    }
                    detail = project.tags().passageCounts().size() + " tags in use, " + chars + " path chars";
                } else {
                    Path out = projectFile.resolveSibling("export.qdpx");
                    project.exports().export(out, ExportFormat.QDPX, CsvOptions.standard());
                    detail = Files.size(out) / 1024 + " KiB written";
                }
            }
        }
        double millis = (System.nanoTime() - started) / 1e6;
        // CPU time beside the wall clock: on a shared machine the wall clock mostly measures the other processes.
        long cpuMillis = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
                / 1_000_000;
        Files.write(Path.of(args[3]), List.of(String.valueOf(millis), "rss " + MemoryProbe.peakRssKb(),
                "CPU " + cpuMillis / 1000.0 + " s; " + detail));
    }
}
