package org.marginalia.importer.qdpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marginalia.ExternalSamples;
import org.marginalia.model.Tag;

/**
 * Real exports of ATLAS.ti, MAXQDA and NVivo, read from the shared folder (their licences keep them out of git; see
 * {@link ExternalSamples}), and our own hand-written minimal export.
 */
class QdpxSamplesTest {

    private static Path refiQda(String file) {
        return ExternalSamples.refiQda(file);
    }

    @Test
    void maxqdaCodebookWithDescriptionsAndColoursReads() {
        QdpxProject project = new QdpxReader().read(refiQda("samples/maxqda24-codebook-project.qde"));
        assertThat(project.origin()).startsWith("MAXQDA 24");
        assertThat(project.tags()).hasSize(307);
        assertThat(project.tags().get(0).color()).isEqualTo("#EF8256");
        assertThat(project.tags().get(1).parentId()).isEqualTo(project.tags().get(0).id());
        assertThat(project.tags().get(1).description()).contains("affinity spaces");
        // A bare .qde carries no source texts: each of its 10 sources is named as left out.
        assertThat(project.sources()).isEmpty();
        assertThat(project.warnings()).filteredOn(w -> w.contains("is not in the archive")).hasSize(10);
        // Its Sets have no place in Marginalia: they are named as left out, not dropped in silence.
        assertThat(project.warnings()).hasSize(11).anyMatch(w -> w.contains("<Sets> elements were left out"));
    }

    @Test
    void nvivoProjectWithNestedCodesAndTwoSourcesReads() {
        QdpxProject project = new QdpxReader().read(refiQda("samples/nvivo-mac15-project.qdpx"));
        assertThat(project.tags()).hasSize(262);
        assertThat(project.tags()).filteredOn(t -> t.name().equals("programming")).extracting(Tag::parentId)
                .doesNotContainNull();
        assertThat(project.sources()).hasSize(2);
        assertThat(project.warnings()).isEmpty();
    }

    @Test
    void atlasProjectsRead() {
        QdpxProject target = new QdpxReader().read(refiQda("samples/target-atlas-project.qdpx"));
        assertThat(target.tags()).extracting(Tag::name)
                .containsExactly("Commits", "2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92");
        QdpxProject blank = new QdpxReader().read(refiQda("samples/blank-atlas-project.qdpx"));
        assertThat(blank.name()).isEqualTo("blank-atlas-project");
        assertThat(blank.tags()).isEmpty();
    }

    @Test
    void handWrittenMinimalExportReadsItsCodebookAndNamesItsMissingTexts() throws Exception {
        // Written by us, so it lives in the test resources and runs on a bare clone too.
        QdpxProject project = new QdpxReader().read(Path.of(getClass()
                .getResource("/standards/refi-qda/example-minimal-export.qde").toURI()));
        assertThat(project.tags()).extracting(Tag::name).containsExactly("Land", "Enclosure");
        assertThat(project.tags().get(1).color()).isEqualTo("#EE6677");
        assertThat(project.warnings()).anyMatch(w -> w.contains("Petition 1801"));
    }
}
