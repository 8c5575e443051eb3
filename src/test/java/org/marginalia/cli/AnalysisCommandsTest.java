package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.project.DemoProject;

/** stats, agree and merge on the demo project, as a script would call them. */
class AnalysisCommandsTest {

    @TempDir
    Path dir;
    Path demo;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void buildDemo() {
        demo = dir.resolve("demo.marginalia");
        DemoProject.create(demo, Importers.standard()::read).close();
    }

    private Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true), new PrintStream(err, true));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void statsPrintsTheTablesAndWritesCsv() throws Exception {
        Result byTag = run("stats", demo);
        assertThat(byTag.code()).isZero();
        assertThat(byTag.out()).startsWith("tag\tpassages\n");
        int total = byTag.out().lines().skip(1).mapToInt(l -> Integer.parseInt(l.split("\t")[1])).sum();
        assertThat(total).isPositive();

        Result bySource = run("stats", demo, "--by", "source");
        assertThat(bySource.out().lines().findFirst().orElseThrow()).startsWith("tag\tDeclassified").endsWith("total");

        Path csv = dir.resolve("matrix.csv");
        Result matrix = run("stats", demo, "--by", "cooccurrence", "--unit", "source", "--jaccard", "--out", csv);
        assertThat(matrix.code()).isZero();
        List<String> lines = Files.readAllLines(csv);
        // A header and one row per tag, as in the terminal table.
        assertThat(lines).hasSize((int) byTag.out().lines().count());

        assertThat(run("stats", demo, "--by", "timeline").out()).startsWith("source\tdate\tdate_from");
        assertThat(run("stats", demo, "--by", "cooccurrence", "--unit", "chapter").code()).isNotZero();
    }

    @Test
    void aCopyAgreesWithItselfAndMergingItAddsNothing() throws Exception {
        Path copy = Files.copy(demo, dir.resolve("copy.marginalia"));
        Result agree = run("agree", demo, copy);
        assertThat(agree.code()).as(agree.err()).isZero();
        String overall = agree.out().lines().filter(l -> l.startsWith("(all tags)")).findFirst().orElseThrow();
        assertThat(overall.split("\t")[5]).isEqualTo("100.000");
        assertThat(overall.split("\t")[6]).isEqualTo("1.000");
        assertThat(overall.split("\t")[7]).isEqualTo("1.000");

        Result dry = run("merge", demo, copy, "--dry-run");
        assertThat(dry.out()).contains("new passages\t0").contains("already present\t");
        Result merged = run("merge", demo, copy, "--coder", "Bea");
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.err()).contains("Adopted 0 passages");
    }
}
