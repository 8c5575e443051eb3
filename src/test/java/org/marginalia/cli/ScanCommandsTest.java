package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.importer.ScanFixtures;
import org.marginalia.project.SourceReader;

/** A scanned page imported from the command line, read again with 'ocr', and refused when its language is missing. */
class ScanCommandsTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, SourceReader.using(Importers.standard()), new PrintStream(out, true),
                new PrintStream(err, true));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aScanIsImportedReadAgainAndItsPassageStays() throws Exception {
        Path project = dir.resolve("p.marginalia");
        Path scan = dir.resolve("scan.png");
        Files.write(scan, ScanFixtures.png(ScanFixtures.page("The harbour was closed to every ship.")));
        run("new", project);

        assertThat(run("import", project, scan).out()).isEqualTo("1\tscan\n");
        assertThat(run("show", project, "1").out()).contains("harbour");
        assertThat(run("annotate", project, "--doc", "1", "--quote", "harbour").code()).isZero();
        assertThat(run("show", project, "1", "--pages").out()).matches("1\tocr\t\\d+\\.\\d\n");
        assertThat(run("list", project, "docs").out()).contains("image");

        Result again = run("ocr", project, "1", "--lang", "eng");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("kept version 1 of source 1 ('scan')\nexact 1\nmoved 0\nneeds review 0\n");
    }

    @Test
    void aMissingLanguageOrATextSourceIsRefusedAndNothingIsWritten() throws Exception {
        Path project = dir.resolve("p.marginalia");
        Path scan = dir.resolve("brief.png");
        Files.write(scan, ScanFixtures.png(ScanFixtures.page("Guten Tag.")));
        Path text = dir.resolve("note.txt");
        Files.writeString(text, "A typed note.");
        run("new", project);

        Result refused = run("import", project, "--lang", "xyz", scan);
        assertThat(refused.code()).isEqualTo(ExitCode.IMPORT_REFUSED.code());
        assertThat(refused.err()).contains("brief.png").contains("'xyz'").contains("xyz.traineddata")
                .contains("tessdata");
        assertThat(run("import", project, "--lang", "../etc", scan).code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run("list", project, "docs").out()).isEmpty();

        run("import", project, text);
        Result notScanned = run("ocr", project, "1");
        assertThat(notScanned.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(notScanned.err()).contains("has no scanned pages");
    }
}
