package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.ImportException;
import org.marginalia.importer.ImportException.Reason;
import org.marginalia.importer.Importers;
import org.marginalia.model.Document;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageUnit;
import org.marginalia.model.SourceType;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/**
 * Transcriptions made elsewhere (hOCR, ALTO, PAGE XML) come in with their words' boxes and confidences; hostile files
 * are refused by name and leave the project as it was.
 */
class TranscriptionImportTest {

    private static final String ALTO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
              <Description><sourceImageInformation><fileName>scan-17.png</fileName></sourceImageInformation>
              </Description>
              <Layout><Page ID="p1" WIDTH="2000" HEIGHT="3000" PHYSICAL_IMG_NR="1"><PrintSpace>
                <TextBlock ID="b1">
                  <TextLine><String CONTENT="Dear" HPOS="100" VPOS="200" WIDTH="120" HEIGHT="40" WC="0.97"/><SP/>
                    <String CONTENT="Sir," HPOS="240" VPOS="200" WIDTH="90" HEIGHT="40" WC="0.62"/></TextLine>
                </TextBlock>
                <TextBlock ID="b2">
                  <TextLine><String CONTENT="Yours" HPOS="100" VPOS="400" WIDTH="150" HEIGHT="40" WC="0.9"/></TextLine>
                </TextBlock>
              </PrintSpace></Page></Layout>
            </alto>
            """;
    private static final String HOCR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
                "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"><head><meta name="ocr-system" content="tesseract 5.5.0"/></head>
            <body><div class="ocr_page" title="image &quot;page.png&quot;; bbox 0 0 1000 1400; ppageno 0">
              <p class="ocr_par"><span class="ocr_line" title="bbox 50 60 400 90">
                <span class="ocrx_word" title="bbox 50 60 170 90; x_wconf 96">Received</span>
                <span class="ocrx_word" title="bbox 180 60 250 90; x_wconf 41"><strong>your</strong></span>
              </span><span class="ocr_line" title="bbox 50 100 400 130">
                <span class="ocrx_word" title="bbox 50 100 140 130; x_wconf 88">letter</span></span></p>
            </div></body></html>
            """;
    private static final String PAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
              <Page imageFilename="folio-3r.jpg" imageWidth="1600" imageHeight="2400">
                <TextRegion id="r1"><Coords points="90,90 900,90 900,300 90,300"/>
                  <TextLine id="l1"><Coords points="100,100 800,100 800,150 100,150"/>
                    <Word id="w1"><Coords points="100,100 300,100 300,150 100,150"/>
                      <TextEquiv conf="0.93"><Unicode>Item</Unicode></TextEquiv></Word>
                    <Word id="w2"><Coords points="320,102 560,98 560,152 320,150"/>
                      <TextEquiv conf="0.55"><Unicode>paid</Unicode></TextEquiv></Word>
                    <TextEquiv><Unicode>Item paid</Unicode></TextEquiv>
                  </TextLine>
                  <TextLine id="l2"><Coords points="100,200 500,200 500,250 100,250"/>
                    <TextEquiv conf="0.8"><Unicode>four shillings</Unicode></TextEquiv></TextLine>
                </TextRegion>
              </Page>
            </PcGts>
            """;

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void open() {
        project = Project.create(dir.resolve("p.marginalia"), SourceReader.using(Importers.standard()));
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void anAltoFileComesInWithItsBoxesConfidencesAndBlocks() throws Exception {
        Document source = project.sources().importFile(write("letter.xml", ALTO), ImportOptions.defaults())
                .document();
        assertThat(source.type()).isEqualTo(SourceType.TRANSCRIPTION);
        assertThat(project.sources().text(source.id())).isEqualTo("Dear Sir,\n\nYours\n");
        PageLayout page = project.pages().page(source.id(), 1).orElseThrow();
        assertThat(page.width()).isEqualTo(2000);
        assertThat(page.height()).isEqualTo(3000);
        assertThat(page.unit()).isEqualTo(PageUnit.PIXELS);
        assertThat(page.origin()).isEqualTo(WordOrigin.TRANSCRIPTION);
        assertThat(page.words()).containsExactly(new WordBox("Dear", 0, 4, 100, 200, 120, 40, 0.97),
                new WordBox("Sir,", 5, 9, 240, 200, 90, 40, 0.62),
                new WordBox("Yours", 11, 16, 100, 400, 150, 40, 0.9));
    }

    @Test
    void anHocrFileFromTesseractComesInWithItsBoxesAndConfidences() throws Exception {
        Document source = project.sources().importFile(write("page.hocr", HOCR), ImportOptions.defaults())
                .document();
        assertThat(project.sources().text(source.id())).isEqualTo("Received your\nletter\n");
        PageLayout page = project.pages().page(source.id(), 1).orElseThrow();
        assertThat(page.width()).isEqualTo(1000);
        assertThat(page.words()).containsExactly(new WordBox("Received", 0, 8, 50, 60, 120, 30, 0.96),
                new WordBox("your", 9, 13, 180, 60, 70, 30, 0.41),
                new WordBox("letter", 14, 20, 50, 100, 90, 30, 0.88));
    }

    @Test
    void aPageXmlFileTakesTheImageItNamesFromBesideIt() throws Exception {
        byte[] image = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        Files.write(dir.resolve("folio-3r.jpg"), image);
        Document source = project.sources().importFile(write("folio-3r.xml", PAGE), ImportOptions.defaults())
                .document();
        assertThat(source.type()).isEqualTo(SourceType.IMAGE);
        assertThat(source.fileName()).isEqualTo("folio-3r.jpg");
        assertThat(project.sources().originalBytes(source.id())).isEqualTo(image);
        assertThat(project.sources().text(source.id())).isEqualTo("Item paid\nfour shillings\n");
        List<WordBox> words = project.pages().page(source.id(), 1).orElseThrow().words();
        assertThat(words.get(0)).isEqualTo(new WordBox("Item", 0, 4, 100, 100, 200, 50, 0.93));
        assertThat(words.get(1)).isEqualTo(new WordBox("paid", 5, 9, 320, 98, 240, 54, 0.55));
        // A line without words is split by length: "four" takes 5 of 15 parts of the 400 pixels.
        assertThat(words.get(2).word()).isEqualTo("four");
        assertThat(words.get(2).width()).isCloseTo(400.0 * 5 / 15, offset(0.01));
        assertThat(words.get(3).x()).isCloseTo(100 + 400.0 * 5 / 15, offset(0.01));
        assertThat(words).allSatisfy(word -> assertThat(word.confidence()).isBetween(0.5, 1.0));
    }

    @Test
    void hostileTranscriptionsAreRefusedAndNothingIsWritten() throws Exception {
        assertRefused("bomb.xml", ALTO.replace("<alto ", """
                <!DOCTYPE alto [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <alto """).replace("Dear", "&b;"), Reason.UNSAFE);
        assertRefused("external.hocr", HOCR.replace("\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
                "\"x.dtd\" [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>").replace("letter", "&secret;"),
                Reason.UNSAFE);
        assertRefused("plain-doctype.xml", "<!DOCTYPE alto SYSTEM \"alto.dtd\">\n"
                + ALTO.substring(ALTO.indexOf("<alto")), Reason.UNSAFE);
        assertRefused("huge.xml", ALTO.replace("HPOS=\"240\"", "HPOS=\"9e15\""), Reason.UNSAFE);
        assertRefused("vast-page.xml", PAGE.replace("imageWidth=\"1600\"", "imageWidth=\"99999999\""),
                Reason.UNSAFE);
        assertRefused("negative.xml", ALTO.replace("WIDTH=\"90\"", "WIDTH=\"-90\""), Reason.DAMAGED);
        assertRefused("backwards.hocr", HOCR.replace("bbox 180 60 250 90", "bbox 250 60 180 90"), Reason.DAMAGED);
        assertRefused("broken.xml", ALTO.substring(0, ALTO.length() / 2), Reason.DAMAGED);
        assertThat(project.sources().list()).isEmpty();
    }

    private void assertRefused(String name, String content, Reason reason) throws Exception {
        Path file = write(name, content);
        assertThatThrownBy(() -> project.sources().importFile(file, ImportOptions.defaults()))
                .as(name).isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(name);
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
