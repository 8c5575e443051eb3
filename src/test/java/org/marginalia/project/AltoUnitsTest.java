package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.export.PageFragments;
import org.marginalia.importer.ImportException;
import org.marginalia.importer.ImportException.Reason;
import org.marginalia.importer.Importers;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageUnit;
import org.marginalia.model.SourceType;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordBox;

/**
 * ALTO files in tenths of a millimetre or 1/1200 inch (ABBYY and older tools) come in with their boxes in pixels of
 * the page image, where the page view and the W3C export expect them; a unit ALTO does not define is refused.
 */
class AltoUnitsTest {

    private static final String ALTO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">
              <Description><MeasurementUnit>UNIT</MeasurementUnit>
                <sourceImageInformation><fileName>IMAGE</fileName></sourceImageInformation></Description>
              <Layout><Page ID="p1" WIDTH="PW" HEIGHT="PH"><PrintSpace><TextBlock ID="b1"><TextLine>
                <String CONTENT="Anno" HPOS="X" VPOS="Y" WIDTH="W" HEIGHT="H" WC="0.9"/><SP/>
                <String CONTENT="1642" HPOS="X2" VPOS="Y" WIDTH="W" HEIGHT="H" WC="0.8"/>
              </TextLine></TextBlock></PrintSpace></Page></Layout>
            </alto>
            """;

    @TempDir
    Path dir;

    @AutoClose
    private Project project;

    @BeforeEach
    void open() {
        project = Project.create(dir.resolve("p.marginalia"), SourceReader.using(Importers.standard()));
    }

    @Test
    void tenthsOfAMillimetreBecomePixelsOfAPageImageAt200Dpi() throws Exception {
        writePng("scan.png", 200);
        // One inch is 254 tenths of a millimetre: 200 pixels at 200 dpi.
        Path alto = write("scan.xml", alto("mm10", "scan.png", "2100", "2970", "254", "508", "127", "50.8", "508"));
        ImportOutcome outcome = project.sources().importFile(alto, ImportOptions.defaults());

        assertThat(outcome.document().type()).isEqualTo(SourceType.IMAGE);
        assertThat(outcome.warnings()).isEmpty();
        PageLayout page = project.pages().page(outcome.document().id(), 1).orElseThrow();
        assertThat(page.unit()).isEqualTo(PageUnit.PIXELS);
        assertThat(page.width()).isCloseTo(2100 * 200 / 254.0, offset(1e-9));
        assertThat(page.height()).isCloseTo(2970 * 200 / 254.0, offset(1e-9));
        assertBox(page.words().get(0), 200, 400, 100, 40);
        assertBox(page.words().get(1), 400, 400, 100, 40);
        assertThat(PageFragments.of(project.pages().pagesWithWords(outcome.document().id()), new TextSpan(0, 9)))
                .extracting(PageFragments.Fragment::value).containsExactly("xywh=pixel:200,400,300,40");
    }

    @Test
    void inch1200WithoutAResolutionAssumes300DpiAndSaysSo() throws Exception {
        Path alto = write("abbyy.xml", alto("inch1200", "", "10200", "13200", "1200", "2400", "400", "160", "1800"));
        ImportOutcome outcome = project.sources().importFile(alto, ImportOptions.defaults());

        assertThat(outcome.document().type()).isEqualTo(SourceType.TRANSCRIPTION);
        assertThat(outcome.warnings()).singleElement().asString().contains("abbyy.xml", "inch1200", "300 dpi");
        PageLayout page = project.pages().page(outcome.document().id(), 1).orElseThrow();
        assertThat(page.unit()).isEqualTo(PageUnit.PIXELS);
        assertThat(page.width()).isCloseTo(2550, offset(1e-9));
        assertThat(page.height()).isCloseTo(3300, offset(1e-9));
        assertBox(page.words().get(0), 300, 600, 100, 40);
        assertBox(page.words().get(1), 450, 600, 100, 40);
    }

    @Test
    void anExplicitPixelUnitKeepsTheNumbersAsTheyAre() throws Exception {
        Path alto = write("px.xml", alto("pixel", "", "2000", "3000", "100", "200", "120", "40", "240"));
        ImportOutcome outcome = project.sources().importFile(alto, ImportOptions.defaults());

        assertThat(outcome.warnings()).isEmpty();
        PageLayout page = project.pages().page(outcome.document().id(), 1).orElseThrow();
        assertThat(page.width()).isEqualTo(2000);
        assertBox(page.words().get(0), 100, 200, 120, 40);
    }

    @Test
    void aUnitAltoDoesNotDefineIsRefusedAndNothingIsWritten() throws Exception {
        Path alto = write("furlongs.xml", alto("furlong", "", "20", "30", "1", "2", "1", "1", "3"));
        assertThatThrownBy(() -> project.sources().importFile(alto, ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED))
                .hasMessageContaining("furlongs.xml").hasMessageContaining("'furlong'");
        assertThat(project.sources().list()).isEmpty();
    }

    private static void assertBox(WordBox word, double x, double y, double width, double height) {
        assertThat(word.x()).as(word.word() + " x").isCloseTo(x, offset(1e-9));
        assertThat(word.y()).as(word.word() + " y").isCloseTo(y, offset(1e-9));
        assertThat(word.width()).as(word.word() + " width").isCloseTo(width, offset(1e-9));
        assertThat(word.height()).as(word.word() + " height").isCloseTo(height, offset(1e-9));
    }

    private static String alto(String unit, String image, String pageWidth, String pageHeight, String x, String y,
            String width, String height, String secondX) {
        return ALTO.replace("UNIT", unit).replace("IMAGE", image).replace("\"PW\"", q(pageWidth))
                .replace("\"PH\"", q(pageHeight)).replace("\"X\"", q(x)).replace("\"X2\"", q(secondX))
                .replace("\"Y\"", q(y)).replace("\"W\"", q(width)).replace("\"H\"", q(height));
    }

    private static String q(String value) {
        return "\"" + value + "\"";
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** A small PNG whose pHYs chunk says it was scanned at {@code dpi}. */
    private void writePng(String name, int dpi) throws Exception {
        BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        // The pHYs chunk itself: the JDK's standard-tree merge writes the pixel size the wrong way round.
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(metadata.getNativeMetadataFormatName());
        root.appendChild(physical);
        metadata.mergeTree(metadata.getNativeMetadataFormatName(), root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(dir.resolve(name).toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }
}
