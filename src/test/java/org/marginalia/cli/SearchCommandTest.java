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

/** {@code search}: every match in every source, counted, with code-point positions a script can cut the text at. */
class SearchCommandTest {

    @TempDir
    Path dir;

    private String run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyMatchIsListedWithItsCodePointPlace() throws Exception {
        Path project = dir.resolve("search.marginalia");
        // Two astral characters (a Linear B sign and an emoji) before the matches shift UTF-16 and code points apart.
        String letter = "\uD800\uDC00 The harvest failed. \uD83C\uDF3E Harvest failed again; harvest-failed, said the "
                + "curate.";
        Files.writeString(dir.resolve("letter.txt"), letter);
        Files.writeString(dir.resolve("diary.txt"), "Nothing of note: the harvest was good.");
        run("new", project);
        run("import", project, dir.resolve("letter.txt"));
        run("import", project, dir.resolve("diary.txt"));

        String out = run("search", project, "HARVEST failed");

        assertThat(out).startsWith("3 matches in \"" + letter + "\" (source 1)\n").doesNotContain("Nothing of note");
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(4);
        int[] codePoints = letter.codePoints().toArray();
        for (int i = 1; i <= 3; i++) {
            String[] fields = lines[i].split("\t");
            int start = Integer.parseInt(fields[1].split("-")[0]);
            int end = Integer.parseInt(fields[1].split("-")[1]);
            String match = new String(codePoints, start, end - start);
            assertThat(match).isEqualToIgnoringCase(i == 3 ? "harvest-failed" : "harvest failed");
            assertThat(fields[2]).contains("[" + match + "]");
        }
        assertThat(lines[1]).startsWith("\t6-20\t");
    }

    @Test
    void pagesWalkThroughManySources() throws Exception {
        Path project = dir.resolve("pages.marginalia");
        run("new", project);
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("s" + i + ".txt"), "Report " + i + ": the mill burned.");
            run("import", project, dir.resolve("s" + i + ".txt"));
        }
        assertThat(run("search", project, "mill burned", "--per-page", "2").lines()
                .filter(l -> l.startsWith("1 match in"))).hasSize(2);
        assertThat(run("search", project, "mill burned", "--per-page", "2", "--page", "2"))
                .startsWith("1 match in \"Report 2: the mill burned.\"");
        assertThat(run("search", project, "mill burned", "--per-page", "2", "--page", "3"))
                .isEqualTo("No more matches\n");
    }
}
