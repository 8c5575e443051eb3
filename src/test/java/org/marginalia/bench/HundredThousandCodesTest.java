package org.marginalia.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.project.Project;
import org.marginalia.project.ProjectImport;

/**
 * A codebook of 100,000 codes, the size at which peer tools slow to minutes (issue 14), comes in whole, every code
 * under its folder and every coding on its words, and goes out to .qdpx and back again unchanged. The bench's own
 * generated file is used, so the test checks what the bench rows time. Not timed: the bench measures the speed.
 */
class HundredThousandCodesTest {

    private static final int CODES = 100_000;
    private static final int CODINGS = 2_000;

    @TempDir
    Path dir;

    @Test
    void everyCodeAndCodingComesInAndGoesOutAndBackUnchanged() throws IOException {
        Path qdpx = QdpxFixture.generate(dir.resolve("codes.qdpx"), CODES, CODINGS);
        Set<String> paths;
        Set<String> codings;
        Path exported = dir.resolve("exported.qdpx");
        try (Project project = Project.create(dir.resolve("first.marginalia"), Importers.standard()::read)) {
            ProjectImport result = project.projectImports().importQdpx(qdpx);
            assertThat(result.passagesAdded()).isEqualTo(CODINGS);
            ProjectSnapshot snapshot = project.exports().snapshot();
            paths = tagPaths(snapshot);
            // Every code, each under its folder of 100.
            assertThat(paths).contains("folder 0 / code 0", "folder 517 / code 51742", "folder 999 / code 99999");
            assertThat(paths.stream().filter(p -> p.contains(" / code "))).hasSize(CODES);
            codings = codings(snapshot);
            assertThat(codings).hasSize(CODINGS).contains("source 0 0-40 folder 0 / code 0");
            project.exports().export(exported, ExportFormat.QDPX, CsvOptions.standard());
        }
        try (Project again = Project.create(dir.resolve("again.marginalia"), Importers.standard()::read)) {
            again.projectImports().importQdpx(exported);
            ProjectSnapshot snapshot = again.exports().snapshot();
            assertThat(tagPaths(snapshot)).isEqualTo(paths);
            assertThat(codings(snapshot)).isEqualTo(codings);
        }
    }

    private static Set<String> tagPaths(ProjectSnapshot snapshot) {
        Set<String> paths = new TreeSet<>();
        snapshot.tags().forEach(tag -> paths.add(snapshot.tagPath(tag.id())));
        return paths;
    }

    /** Each passage as its source's title, its span and its codes' paths. */
    private static Set<String> codings(ProjectSnapshot snapshot) {
        Set<String> out = new TreeSet<>();
        for (Annotation a : snapshot.annotations()) {
            StringBuilder line = new StringBuilder(snapshot.document(a.documentId()).orElseThrow().title())
                    .append(' ').append(a.span().start()).append('-').append(a.span().end());
            a.tagIds().forEach(id -> line.append(' ').append(snapshot.tagPath(id)));
            out.add(line.toString());
        }
        return out;
    }
}
