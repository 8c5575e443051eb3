package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.marginalia.model.WordBox;
import org.marginalia.project.Project;

/** 'reimport' of a corrected .txt onto a PDF, and 'correct', keep the page, its word boxes and the passages. */
class CorrectCommandTest {

    @TempDir
    Path dir;

    private String run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true), new PrintStream(err, true));
        assertThat(code).as("marginalia %s: %s", String.join(" ", strings), err).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path pdf() throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        try (PDDocument document = new PDDocument()) {
            for (String line : new String[] {"The quick brown fox", "jumps over the dog"}) {
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
        return pdf;
    }

    @Test
    void aCorrectedTextReimportedOntoAPdfKeepsItsPagesAndTheBoxesOfUnchangedWords() throws Exception {
        Path project = dir.resolve("p.marginalia");
        run("new", project);
        run("import", project, pdf());
        run("annotate", project, "--doc", "1", "--quote", "jumps over the dog");
        byte[] pdfBytes = Files.readAllBytes(dir.resolve("letter.pdf"));
        Path corrected = Files.writeString(dir.resolve("letter.txt"), "The quick red fox\njumps over the dog\n");

        assertThat(run("reimport", project, "1", corrected).lines()).containsExactly(
                "kept version 1 of source 1 ('letter')", "exact 1", "moved 0", "needs review 0",
                "word boxes kept 7, corrected 1, dropped 0");

        assertThat(run("show", project, "1")).isEqualTo("The quick red fox\njumps over the dog\n");
        assertThat(run("show", project, "1", "--pages")).startsWith("1\ttext-layer\t").contains("\n2\ttext-layer\t");
        assertThat(run("list", project, "docs")).contains("pdf");
        try (Project open = Project.open(project, Importers.standard()::read)) {
            assertThat(open.sources().originalBytes(1)).isEqualTo(pdfBytes);
            WordBox red = open.pages().page(1, 1).orElseThrow().words().get(2);
            assertThat(red.word()).isEqualTo("red");
            assertThat(open.pages().page(1, 2).orElseThrow().words().get(0).start()).isEqualTo(18);
            assertThat(open.passages().get(1).span().start()).isEqualTo(18);
        }

        Path again = Files.writeString(dir.resolve("again.txt"), "The quick, red fox\njumps over the dog\n");
        assertThat(run("correct", project, "letter", again).lines()).containsExactly(
                "kept version 2 of source 1 ('letter')", "exact 1", "moved 0", "needs review 0",
                "word boxes kept 8, corrected 0, dropped 0");
        assertThat(run("versions", project, "1").lines()).hasSize(2).allMatch(l -> l.contains("\tpdf\tletter.pdf\t"));
    }
}
