package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.SourceMetadata;

/** "Copy citation": a passage cited from its source's details, as edited. */
class SourceCitationTest {

    @TempDir
    Path dir;

    @Test
    void aPassageIsCitedFromItsSourcesCurrentDetails() {
        try (Project project = DemoProject.create(dir.resolve("demo.marginalia"), Importers.standard()::read)) {
            Document report = project.sources().list().get(1);
            // Fixed details here, so the demo's own details can change without changing what this test checks.
            SourceMetadata details = SourceMetadata.of(report.title(), "", "BB.LV", "", "")
                    .with("collection", "citing Deutsche Welle");
            project.sources().updateMetadata(report.id(), details);
            Annotation passage = project.passages().forDocument(report.id()).get(0);
            assertThat(project.sources().citation(passage.id())).isEqualTo("“The U.S. Declassified Conversation"
                    + " between Putin and Bush About NATO in 2001,” BB.LV, n.d., citing Deutsche Welle.");

            project.sources().updateMetadata(report.id(), details.with("author", "Anna Petrova")
                    .with("archive", "National Security Archive").with("box", "7"));
            assertThat(project.sources().citation(passage.id())).isEqualTo("Anna Petrova, “The U.S. Declassified"
                    + " Conversation between Putin and Bush About NATO in 2001,” BB.LV, n.d., citing Deutsche Welle,"
                    + " box 7, National Security Archive.");
        }
    }

    @Test
    void anUnknownPassageIsNamed() {
        try (Project project = Project.create(dir.resolve("empty.marginalia"), Importers.standard()::read)) {
            assertThatThrownBy(() -> project.sources().citation(42)).isInstanceOf(ProjectException.class)
                    .hasMessageContaining("No passage 42");
        }
    }
}
