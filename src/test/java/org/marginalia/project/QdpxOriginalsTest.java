package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.ProjectSnapshot;

/**
 * The .qdpx carries each source's original beside its text (a PDFSource with a Representation, a PictureSource
 * with a TextDescription), the passages stay PlainTextSelections on the text, and Marginalia reads its own file back
 * with every passage.
 */
class QdpxOriginalsTest {

    @TempDir
    Path dir;

    @Test
    void originalsTravelBesideTheirTextsAndEveryPassageComesBack() throws Exception {
        try (ScannedExportFixture fixture = ScannedExportFixture.create(dir).withPhoto(dir)) {
            Project project = fixture.project;
            Path qdpx = dir.resolve("out.qdpx");
            project.exports().export(qdpx, ExportFormat.QDPX, CsvOptions.standard());

            Map<String, byte[]> entries = new HashMap<>();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
            byte[] qde = entries.get("project.qde");
            try (InputStream xsd = getClass().getResourceAsStream("/standards/refi-qda/Project-mrt2019.xsd")) {
                SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd))
                        .newValidator().validate(new StreamSource(new ByteArrayInputStream(qde)));
            }
            String xml = new String(qde, StandardCharsets.UTF_8);
            assertThat(xml).contains("<PDFSource", "<Representation", "<PictureSource", "<TextDescription");
            assertThat(entries.keySet()).filteredOn(n -> n.endsWith(".png")).hasSize(1);
            assertThat(entries.values()).anySatisfy(bytes -> assertThat(bytes).isEqualTo(ScannedExportFixture.PNG));
            // The photo's passage is a PlainTextSelection inside the picture's text description.
            int picture = xml.indexOf("<PictureSource");
            int selection = xml.indexOf("<PlainTextSelection", xml.indexOf("<TextDescription", picture));
            assertThat(selection).isPositive().isLessThan(xml.indexOf("</PictureSource>"));

            ProjectSnapshot original = project.exports().snapshot();
            try (Project copy = Project.create(dir.resolve("copy.marginalia"), Importers.standard()::read)) {
                ProjectImport result = copy.projectImports().importQdpx(qdpx);
                assertThat(result.sourcesAdded()).isEqualTo(3);
                assertThat(result.passagesAdded()).isEqualTo(original.annotations().size());
                ProjectSnapshot again = copy.exports().snapshot();
                assertThat(passages(again)).containsExactlyInAnyOrderElementsOf(passages(original));
            }
        }
    }

    /** Each passage as its source's title, span, quote, note and tag names. */
    private static List<String> passages(ProjectSnapshot snapshot) {
        return snapshot.annotations().stream().map(a -> snapshot.document(a.documentId()).orElseThrow().title()
                + " " + a.span() + " " + a.quote() + " | " + a.note() + " | " + tags(snapshot, a)).toList();
    }

    private static List<String> tags(ProjectSnapshot snapshot, Annotation a) {
        return a.tagIds().stream().map(snapshot::tagPath).sorted().toList();
    }
}
