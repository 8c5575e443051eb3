package org.marginalia.importer.qdpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.qdpx.QdpxException.Reason;

class QdpxReaderTest {

    private static final String SOURCE_GUID = "8E7FDDFE-DB36-48DC-B464-80C3A4DECD90";
    private static final String TEXT = "In 1801 🌾 the commons were enclosed by act of parliament.";

    @TempDir
    Path dir;

    @Test
    void aBomIsStrippedAndAnUpperCaseSourcesFolderIsFound() throws IOException {
        String qde = project(selection("the commons were enclosed", 10, 35));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(text, 0, withBom, 3, text.length);
        QdpxProject project = new QdpxReader().read(zip("bom.qdpx",
                Map.of("project.qde", qde.getBytes(StandardCharsets.UTF_8),
                        "Sources/" + SOURCE_GUID + ".txt", withBom)));
        assertThat(project.warnings()).isEmpty();
        assertThat(project.sources().get(0).source().text()).isEqualTo(TEXT);
        assertThat(project.passages().get(0).quote()).isEqualTo("the commons were enclosed");
        assertThat(project.passages().get(0).span().start()).isEqualTo(TEXT.indexOf("the commons"));
    }

    @Test
    void selectionsWhosePositionsDoNotHoldTheirTextAreReportedNotImported() throws IOException {
        String qde = project(selection("the commons were enclosed", 10, 35)
                + selection("the commons were enclosed", 9, 34)
                + selection("by act of parliament", 36, 400));
        QdpxProject project = new QdpxReader().read(zip("wrong.qdpx", Map.of("project.qde",
                qde.getBytes(StandardCharsets.UTF_8), "sources/" + SOURCE_GUID + ".txt",
                TEXT.getBytes(StandardCharsets.UTF_8))));
        assertThat(project.passages()).extracting(p -> p.quote()).containsExactly("the commons were enclosed");
        assertThat(project.warnings()).hasSize(2);
        assertThat(project.warnings().get(0)).contains("[9, 34)", "holds 'the commons were enclose'", "left out");
        assertThat(project.warnings().get(1)).contains("[36, 400)", "does not fit a text of 57 characters");
    }

    @Test
    void codesNestedThousandsDeepAreRefusedByName(@TempDir Path dir) throws IOException {
        String nested = "<Code guid=\"x\" name=\"c\">".repeat(20_000) + "</Code>".repeat(20_000);
        Path qde = Files.writeString(dir.resolve("deep.qde"), "<?xml version=\"1.0\"?><Project name=\"deep\""
                + " xmlns=\"urn:QDA-XML:project:1.0\"><CodeBook><Codes>" + nested + "</Codes></CodeBook></Project>");
        assertThatThrownBy(() -> new QdpxReader().read(qde)).isInstanceOf(QdpxException.class)
                .hasMessageContaining("deep.qde").hasMessageContaining("nested deeper than Marginalia accepts")
                .satisfies(e -> assertThat(((QdpxException) e).reason()).isEqualTo(QdpxException.Reason.TOO_DEEP));
    }

    @Test
    void zipSlipIsRefused() throws IOException {
        Path file = zip("slip.qdpx", Map.of("project.qde", project("").getBytes(StandardCharsets.UTF_8),
                "sources/../../evil.txt", new byte[] {1}));
        assertRefused(file, Reason.UNSAFE_PATH, "sources/../../evil.txt");
        Path absolute = zip("absolute.qdpx", Map.of("/etc/evil", new byte[] {1}));
        assertRefused(absolute, Reason.UNSAFE_PATH, "/etc/evil");
    }

    @Test
    void zipBombsAreRefusedByRatioBySizeAndByEntryCount() throws IOException {
        byte[] bomb = (project("") + " ".repeat(8 << 20)).getBytes(StandardCharsets.UTF_8);
        assertRefused(zip("bomb.qdpx", Map.of("project.qde", bomb)), Reason.SUSPICIOUS_COMPRESSION, "project.qde");

        QdpxLimits small = new QdpxLimits(3, 1000, 5000, 200);
        byte[] padded = (project("") + " ".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        Path large = zip("large.qdpx", Map.of("project.qde", padded));
        assertThatThrownBy(() -> new QdpxReader(small).read(large)).isInstanceOf(QdpxException.class)
                .satisfies(e -> assertThat(((QdpxException) e).reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("large.qdpx");

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            many.put("sources/" + i + ".txt", new byte[] {'x'});
        }
        Path crowded = zip("crowded.qdpx", many);
        assertThatThrownBy(() -> new QdpxReader(small).read(crowded))
                .satisfies(e -> assertThat(((QdpxException) e).reason()).isEqualTo(Reason.TOO_MANY_ENTRIES))
                .hasMessageContaining("crowded.qdpx").hasMessageContaining("4 entries");
    }

    @Test
    void externalEntitiesAndBillionLaughsAreRefusedBeforeAnyEntityIsExpanded() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&secret;\"/>";
        assertRefused(zip("xxe.qdpx", Map.of("project.qde", xxe.getBytes(StandardCharsets.UTF_8))),
                Reason.FORBIDDEN_DTD, "DOCTYPE");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]><Project name=\"&lol9;\"/>");
        Path file = dir.resolve("laughs.qde");
        Files.writeString(file, laughs);
        assertRefused(file, Reason.FORBIDDEN_DTD, "laughs.qde");
    }

    @Test
    void anArchiveWithoutProjectQdeIsRefused() throws IOException {
        assertRefused(zip("empty.qdpx", Map.of("sources/a.txt", new byte[] {'a'})), Reason.NO_PROJECT_FILE,
                "no project.qde");
    }

    @Test
    void brokenXmlIsRefusedWithTheFileName() throws IOException {
        assertRefused(zip("broken.qdpx", Map.of("project.qde", "<Project name=".getBytes(StandardCharsets.UTF_8))),
                Reason.MALFORMED_XML, "broken.qdpx");
    }

    private void assertRefused(Path file, Reason reason, String messagePart) {
        assertThatThrownBy(() -> new QdpxReader().read(file))
                .isInstanceOf(QdpxException.class)
                .hasMessageContaining(String.valueOf(file.getFileName()))
                .hasMessageContaining(messagePart)
                .satisfies(e -> assertThat(((QdpxException) e).reason()).isEqualTo(reason));
    }

    private static String selection(String name, int start, int end) {
        return "<PlainTextSelection guid=\"" + UUID.randomUUID() + "\" name=\"" + name
                + "\" startPosition=\"" + start + "\" endPosition=\"" + end + "\"/>";
    }

    private static String project(String selections) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">"
                + "<Sources><TextSource guid=\"" + SOURCE_GUID + "\" name=\"Petition\" plainTextPath=\"internal://"
                + SOURCE_GUID + ".txt\">" + selections + "</TextSource></Sources></Project>";
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }
}
