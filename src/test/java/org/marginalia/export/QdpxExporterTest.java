package org.marginalia.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.marginalia.model.ProjectSnapshot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QdpxExporterTest {

    private final ProjectSnapshot snapshot = ExportFixtures.snapshot();
    private final Guids guids = new Guids(snapshot.projectName());

    static byte[] export(ProjectSnapshot snapshot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QdpxExporter("Marginalia test").write(snapshot, id -> id == 2 ? ExportFixtures.PDF_BYTES : null, out);
        return out.toByteArray();
    }

    static Map<String, byte[]> entries(byte[] qdpx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(qdpx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void projectQdeIsValidAgainstTheRefiQdaSchema() throws Exception {
        byte[] qde = entries(export(snapshot)).get("project.qde");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(getClass().getResource("/standards/refi-qda/Project-mrt2019.xsd"))
                .newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(qde)));
    }

    @Test
    void sourcesSitFlatInLowerCaseFolderAsUtf8TextWithoutBomPlusTheOriginalPdf() throws IOException {
        Map<String, byte[]> entries = entries(export(snapshot));
        String transcript = Guids.qda(guids.source("a".repeat(64)));
        String report = Guids.qda(guids.source("b".repeat(64)));
        String reportText = Guids.qda(guids.representation("b".repeat(64)));
        assertThat(entries.keySet()).containsExactly("project.qde", "sources/" + transcript + ".txt",
                "sources/" + report + ".pdf", "sources/" + reportText + ".txt");
        byte[] text = entries.get("sources/" + transcript + ".txt");
        assertThat(text[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo(ExportFixtures.TRANSCRIPT);
        assertThat(entries.get("sources/" + report + ".pdf")).isEqualTo(ExportFixtures.PDF_BYTES);
    }

    @Test
    void passagesAreCodePointSelectionsWithCodingsNotesAndLinks() throws Exception {
        Document qde = parse(entries(export(snapshot)).get("project.qde"));
        Element weShallSee = byGuid(qde, "PlainTextSelection", Guids.qda(guids.passage(3)));
        int cpStart = Integer.parseInt(weShallSee.getAttribute("startPosition"));
        int cpEnd = Integer.parseInt(weShallSee.getAttribute("endPosition"));
        String text = ExportFixtures.TRANSCRIPT;
        assertThat(text.substring(text.offsetByCodePoints(0, cpStart), text.offsetByCodePoints(0, cpEnd)))
                .isEqualTo("We shall see 🙂");
        assertThat(cpEnd - cpStart).isEqualTo(14);

        Element ally = byGuid(qde, "PlainTextSelection", Guids.qda(guids.passage(1)));
        assertThat(ally.getElementsByTagNameNS(QdeWriter.NS, "CodeRef")).satisfies(refs -> {
            assertThat(refs.getLength()).isEqualTo(2);
            assertThat(((Element) refs.item(1)).getAttribute("targetGUID")).isEqualTo(Guids.qda(guids.tag(2)));
        });
        String noteGuid = ((Element) ally.getElementsByTagNameNS(QdeWriter.NS, "NoteRef").item(0))
                .getAttribute("targetGUID");
        assertThat(byGuid(qde, "Note", noteGuid).getTextContent().strip()).isEqualTo("Compare the report.");

        Element nato = byGuid(qde, "Code", Guids.qda(guids.tag(2)));
        assertThat(((Element) nato.getParentNode()).getAttribute("name")).isEqualTo("Russia");
        assertThat(nato.getAttribute("color")).isEqualTo("#EE6677");

        Element link = byGuid(qde, "Link", Guids.qda(guids.link(1)));
        assertThat(link.getAttribute("name")).isEqualTo("paraphrases");
        assertThat(link.getAttribute("originGUID")).isEqualTo(Guids.qda(guids.passage(2)));
        assertThat(link.getAttribute("targetGUID")).isEqualTo(Guids.qda(guids.passage(1)));
        Element reportPassage = byGuid(qde, "PlainTextSelection", Guids.qda(guids.passage(2)));
        assertThat(((Element) reportPassage.getParentNode()).getLocalName()).isEqualTo("Representation");
    }

    @Test
    void exportingTheSameProjectTwiceGivesTheSameGuids() throws IOException {
        assertThat(entries(export(snapshot)).get("project.qde"))
                .isEqualTo(entries(export(ExportFixtures.snapshot())).get("project.qde"));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element byGuid(Document xml, String element, String guid) {
        NodeList nodes = xml.getElementsByTagNameNS(QdeWriter.NS, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("guid").equals(guid)) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no " + element + " " + guid);
    }

    @Test
    void timestampsAreWhatInstantPrintsToTheSecond() {
        for (String at : List.of("2025-01-15T10:12:00Z", "2025-01-15T10:12:07.999Z", "1969-12-31T23:59:59.5Z",
                "0999-05-01T01:02:03Z", "2024-02-29T00:00:00Z")) {
            Instant instant = Instant.parse(at);
            assertThat(QdeWriter.timestamp(instant)).as(at)
                    .isEqualTo(instant.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }
}
