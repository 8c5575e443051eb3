package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;

/** Everything Marginalia writes about a project is readable by its owner only: file, backups, exports. */
class PrivateFilesReliabilityTest {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    @TempDir
    Path dir;

    @Test
    void projectBackupsAndExportsAreOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("private.marginalia");
        List<Path> written = new ArrayList<>();
        try (Project project = DemoProject.create(file, Importers.standard()::read)) {
            for (ExportFormat format : ExportFormat.values()) {
                Path out = dir.resolve("export." + format.name().toLowerCase());
                project.exports().export(out, format, CsvOptions.standard());
                written.add(out);
            }
            project.backups().backupNow();
            written.add(file);
        }
        try (Stream<Path> backups = Files.list(Path.of(file + ".backups"))) {
            written.addAll(backups.toList());
        }
        for (Path path : written) {
            assertThat(Files.getPosixFilePermissions(path)).as(path.getFileName().toString()).isEqualTo(OWNER_ONLY);
        }
        System.out.println("owner-only files checked: " + written.size());
    }
}
