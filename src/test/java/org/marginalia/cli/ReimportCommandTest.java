package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;

/** reimport, review and reviewed as a script uses them, and the review column of 'list annotations'. */
class ReimportCommandTest {

    private static final String DIRE = "Only dire need could make us allied with others.";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true), new PrintStream(err, true));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path project() throws Exception {
        Path seeds = Path.of(System.getProperty("marginalia.seeds", "assets/samples"));
        Path article = Files.copy(seeds.resolve("000_7ff5d61a483c6a56.txt"), dir.resolve("article.txt"));
        Path project = dir.resolve("p.marginalia");
        run("new", project);
        run("import", project, article);
        run("annotate", project, "--doc", "1", "--quote", "Perhaps Russia could be an Ally");
        run("annotate", project, "--doc", "1", "--quote", "I can imagine us becoming allies.");
        run("annotate", project, "--doc", "1", "--quote", DIRE);
        return project;
    }

    private Path edited() throws Exception {
        String text = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8)
                .replace("Skip to content", "Skip to content\n\nEditor's note: corrected in 2026.")
                .replace("I can imagine", "I could imagine")
                .replace(DIRE + " ", "");
        return Files.writeString(dir.resolve("article-v2.txt"), text, StandardCharsets.UTF_8);
    }

    @Test
    void reimportPrintsASummaryAndFlagsTheLostPassage() throws Exception {
        Path project = project();
        Result reimport = run("reimport", project, "1", edited());
        assertThat(reimport.code()).isZero();
        assertThat(reimport.out().lines()).containsExactly(
                "kept version 1 of source 1 ('Declassified Putin-Bush Correspondence Shows Putin Wanted Trust, "
                        + "Friendship With West, and Warned of NATO Expansion')",
                "exact 1", "moved 1", "needs review 1", "review\t3\tquote not found in the new text");

        List<String[]> rows = run("list", project, "annotations").out().lines().map(l -> l.split("\t", -1)).toList();
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(8));
        assertThat(rows).extracting(row -> row[0] + ":" + row[7]).containsExactly("1:", "2:", "3:review");
        assertThat(rows.get(1)[5]).isEqualTo("I could imagine us becoming allies.");

        Result versions = run("versions", project, "1");
        assertThat(versions.out()).matches("1\ttext\tarticle.txt\t[0-9a-f]{64}\t\\S+\t\\S+\n");
        assertThat(run("versions", project, "1", "--text", 1).out())
                .isEqualTo(Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertThat(run("versions", project, "1", "--text", 2).err()).contains("has no kept version 2");

        Result review = run("review", project);
        assertThat(review.out()).isEqualTo("3\t1\t0.00\t" + DIRE + "\t\tquote not found in the new text\n");
        Result reviewed = run("reviewed", project, 3);
        assertThat(reviewed.code()).isZero();
        assertThat(reviewed.out()).startsWith("3\t");
        assertThat(run("review", project).out()).isEmpty();
        assertThat(run("list", project, "annotations").out()).doesNotContain("\treview\n");
    }

    @Test
    void reimportOfTheSameFileOrAnUnreadableOneIsRefusedAndChangesNothing() throws Exception {
        Path project = project();
        Result same = run("reimport", project, "1", dir.resolve("article.txt"));
        assertThat(same.code()).isNotZero();
        assertThat(same.err()).startsWith("marginalia: The file article.txt is identical to the current version")
                .hasLineCount(1);
        String before = run("list", project, "annotations").out();
        Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Cat".getBytes());
        Result unreadable = run("reimport", project, "1", broken);
        assertThat(unreadable.code()).isNotZero();
        assertThat(unreadable.err()).contains("broken.pdf").hasLineCount(1);
        assertThat(run("list", project, "annotations").out()).isEqualTo(before);
        Result notFlagged = run("reviewed", project, 1);
        assertThat(notFlagged.code()).isNotZero();
        assertThat(notFlagged.err()).contains("not waiting for review");
    }
}
