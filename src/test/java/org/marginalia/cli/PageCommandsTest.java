package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;

/** 'show --pages' and 'list pages' report where each page's words came from and how sure they are. */
class PageCommandsTest {

    @TempDir
    Path dir;

    private String run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true),
                new PrintStream(new ByteArrayOutputStream(), true));
        assertThat(code).as("marginalia %s", String.join(" ", strings)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachPageOfAPdfIsReportedWithItsConfidence() throws Exception {
        Path pdf = dir.resolve("two pages.pdf");
        try (PDDocument document = new PDDocument()) {
            for (String line : new String[] {"First page", "Second page"}) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            document.save(pdf.toFile());
        }
        Path project = dir.resolve("p.marginalia");
        run("new", project);
        run("import", project, pdf);

        assertThat(run("show", project, "1", "--pages")).isEqualTo("1\ttext-layer\t100.0\n2\ttext-layer\t100.0\n");
        assertThat(run("list", project, "pages")).isEqualTo("1\t1\ttext-layer\t100.0\n1\t2\ttext-layer\t100.0\n");
        assertThat(run("show", project, "1")).isEqualTo("First page\nSecond page\n");
    }
}
