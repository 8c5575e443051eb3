package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.ExternalSamples;
import org.marginalia.importer.Importers;

/**
 * Real exports of NVivo, MAXQDA and ATLAS.ti brought into a Marginalia project end to end. They are read from the
 * shared folder beside the repository (their licences keep them out of git); on a bare clone they are skipped with
 * one printed line, on CI a missing folder fails ({@link ExternalSamples}).
 */
class ToolSamplesImportTest {

    @TempDir
    Path dir;

    private static Path sample(String file) {
        return ExternalSamples.refiQda(file);
    }

    private ProjectImport importInto(String name, String file) {
        try (Project project = Project.create(dir.resolve(name + ".marginalia"), Importers.standard()::read)) {
            ProjectImport result = project.projectImports().importQdpx(sample(file));
            assertThat(project.tags().list()).hasSize(result.tagsAdded());
            assertThat(project.sources().list()).hasSize(result.sourcesAdded());
            assertThat(project.check()).isEmpty();
            return result;
        }
    }

    @Test
    void nvivoProjectBringsItsCodebookAndSources() {
        ProjectImport nvivo = importInto("nvivo", "samples/nvivo-mac15-project.qdpx");
        assertThat(nvivo.tagsAdded()).isEqualTo(262);
        // Its two sources are byte for byte the same text: the second is recognised, not stored twice.
        assertThat(nvivo.sourcesAdded()).isEqualTo(1);
        assertThat(nvivo.sourcesAlreadyPresent()).isEqualTo(1);
    }

    @Test
    void maxqdaCodebookArrivesAndItsMissingTextsAreNamed() {
        ProjectImport maxqda = importInto("maxqda", "samples/maxqda24-codebook-project.qde");
        assertThat(maxqda.tagsAdded()).isEqualTo(307);
        assertThat(maxqda.warnings()).filteredOn(w -> w.contains("is not in the archive")).hasSize(10);
        assertThat(maxqda.report().text()).contains("sources: 0 imported, 10 left out", "Sets: 0 imported, 1 left out");
    }

    @Test
    void atlasProjectsImport() {
        assertThat(importInto("atlas", "samples/target-atlas-project.qdpx").tagsAdded()).isEqualTo(3);
        assertThat(importInto("blank", "samples/blank-atlas-project.qdpx").tagsAdded()).isZero();
    }
}
