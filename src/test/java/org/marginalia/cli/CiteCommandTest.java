package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;

/** cite, bibliography, the CSV citation column and check's metadata warnings, on an archival source. */
class CiteCommandTest {

    @TempDir
    Path dir;
    Path project;

    record Result(int code, String out, String err) {
    }

    private Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true), new PrintStream(err, true));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void archivalSource() throws IOException {
        project = dir.resolve("p.marginalia");
        Path memo = dir.resolve("memo.txt");
        Files.writeString(memo, "Memorandum of conversation. Perhaps Russia could be an Ally.", StandardCharsets.UTF_8);
        assertThat(run("new", project).code()).isZero();
        assertThat(run("import", project, memo).code()).isZero();
        assertThat(run("meta", project, "1", "--set", "title=Memorandum of Conversation: Bush and Putin",
                "--set", "date=2001-11-13", "--set", "archive=George W. Bush Presidential Library",
                "--set", "collection=National Security Council Records", "--set", "box=12", "--set", "folder=3")
                .code()).isZero();
        assertThat(run("annotate", project, "--doc", "1", "--quote", "Perhaps Russia could be an Ally").out())
                .isEqualTo("1\n");
    }

    @Test
    void citesAnArchivalSourceInChicagoAndApaWithItsBibliography() {
        assertThat(run("cite", project, "1").out()).isEqualTo("\u201CMemorandum of Conversation: Bush and Putin\u201D "
                + "(November 13, 2001), National Security Council Records, box 12, folder 3, George W. Bush "
                + "Presidential Library.\n");
        Result apa = run("cite", project, "1", "--style", "apa", "--bibliography");
        assertThat(apa.out()).isEqualTo("(Memorandum of Conversation: Bush and Putin, 2001)\n\nMemorandum of "
                + "Conversation: Bush and Putin (National Security Council Records, box 12, folder 3). (2001). George "
                + "W. Bush Presidential Library.\n");
    }

    @Test
    void aUserStyleFileIsUsedAndAFileThatIsNotOneIsNamed() throws IOException {
        Path mine = dir.resolve("mine.csl");
        try (InputStream apa = getClass().getResourceAsStream("/apa.csl")) {
            Files.write(mine, apa.readAllBytes());
        }
        assertThat(run("cite", project, "1", "--style", mine).out()).startsWith("(Memorandum of Conversation");

        Path notStyle = dir.resolve("notes.csl");
        Files.writeString(notStyle, "just notes", StandardCharsets.UTF_8);
        Result refused = run("cite", project, "1", "--style", notStyle);
        assertThat(refused.code()).isEqualTo(Cli.FAILED);
        assertThat(refused.err()).isEqualTo("marginalia: Cannot use citation style " + notStyle
                + ": it is not a CSL style (.csl) file\n");
    }

    @Test
    void theCsvCitationColumnIsThereOnlyWhenAskedFor() throws IOException {
        Path plain = dir.resolve("plain.csv");
        Path cited = dir.resolve("cited.csv");
        assertThat(run("export", project, "--format", "csv", "--out", plain).code()).isZero();
        assertThat(run("export", project, "--format", "csv", "--out", cited, "--citations", "--style", "apa").code())
                .isZero();
        assertThat(Files.readAllLines(plain).get(0)).doesNotContain("citation");
        assertThat(Files.readAllLines(cited).get(0)).endsWith(",modified,citation");
        assertThat(Files.readAllLines(cited).get(1))
                .endsWith(",\"(Memorandum of Conversation: Bush and Putin, 2001)\"");
    }

    @Test
    void checkWarnsAboutWhatACitationWouldLackWithoutFailing() {
        Result check = run("check", project);
        assertThat(check.code()).isZero();
        assertThat(check.out()).isEqualTo("ok\n");
        assertThat(check.err()).isEqualTo("warning: source 1 'Memorandum of Conversation: Bush and Putin': "
                + "A citation would lack its author\n");
    }

    @Test
    void writesTheBibliographyAndReadsItBack() throws IOException {
        Path bib = dir.resolve("sources.bib");
        assertThat(run("bibliography", project, "--format", "bibtex", "--out", bib).code()).isZero();
        Files.writeString(bib, Files.readString(bib)
                .replace("  title =", "  author = {Rice, Condoleezza},\n  title ="));

        Result imported = run("import-bibliography", project, bib);

        assertThat(imported.out()).isEqualTo("1\tMemorandum of Conversation: Bush and Putin\n");
        assertThat(run("meta", project, "1").out()).contains("author\tRice, Condoleezza\n", "box\t12\n");
    }
}
