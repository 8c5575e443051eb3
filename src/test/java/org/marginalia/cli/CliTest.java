package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;

/** The command line as a script uses it: exact output, one-line errors, exit codes. */
class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err, byte[] outBytes) {
    }

    private Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true), new PrintStream(err, true));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    private static Path sample(String name) {
        return Path.of(System.getProperty("marginalia.seeds", "assets/samples"), name);
    }

    @Test
    void readmeWalkthroughOnTheSampleArticles() throws Exception {
        Path project = dir.resolve("bush-putin.marginalia");
        assertThat(run("new", project).code()).isZero();
        Result imported = run("import", project,
                sample("000_7ff5d61a483c6a56.txt"), sample("001_787e3ca0482940cb.txt"));
        assertThat(imported.code()).isZero();
        assertThat(imported.out().lines()).hasSize(2).allMatch(l -> l.matches("\\d+\t.+"));
        assertThat(imported.out()).startsWith("1\tDeclassified Putin-Bush Correspondence");

        assertThat(run("tag", "add", project, "NATO expansion", "--color", "#E76F51", "--key", "1").out())
                .isEqualTo("1\tNATO expansion\n");
        run("tag", "add", project, "trust", "--key", "2");
        run("tag", "add", project, "1954 application", "--parent", "NATO expansion");

        Result ally = run("annotate", project, "--doc", "1", "--quote", "Perhaps Russia could be an Ally",
                "--tag", "NATO expansion", "--note", "the summary's wording");
        assertThat(ally.code()).isZero();
        assertThat(ally.out()).isEqualTo("1\n");
        Result member = run("annotate", project, "--doc", "2", "--quote", "Perhaps Russia could be a member (of NATO)",
                "--tag", "NATO expansion", "--tag", "trust");
        assertThat(member.out()).isEqualTo("2\n");
        run("annotate", project, "--doc", "2", "--quote", "in 1954", "--occurrence", "1", "--tag", "1954 application");
        assertThat(run("link", project, 2, 1, "--relation", "paraphrases").out()).isEqualTo("1\n");

        assertThat(run("list", project, "links").out()).isEqualTo("1\t2\tparaphrases\t1\t\n");
        assertThat(run("list", project, "docs").out()).contains("1\ttext\t1\tDeclassified");
        assertThat(run("list", project, "tags").out()).contains("NATO expansion / 1954 application");
        assertThat(run("list", project, "annotations").out().lines()).hasSize(3);

        Path csv = dir.resolve("out.csv");
        Result exported = run("export", project, "--format", "csv", "--out", csv, "--excel");
        assertThat(exported.code()).isZero();
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.substring(1))).getRecords();
        assertThat(rows).extracting(r -> r.get("quote")).contains("Perhaps Russia could be an Ally",
                "Perhaps Russia could be a member (of NATO)");
        assertThat(rows).hasSize(4);

        assertThat(run("check", project).out()).isEqualTo("ok\n");
    }

    @Test
    void showPrintsTheStoredTextByteForByte() throws Exception {
        Path project = dir.resolve("p.marginalia");
        run("new", project);
        Path file = Files.writeString(dir.resolve("astral.txt"), "𝔘nicode “quotes”\r\nline 2 é\n",
                StandardCharsets.UTF_8);
        run("import", project, file);
        Result shown = run("show", project, "1");
        assertThat(shown.outBytes()).isEqualTo("𝔘nicode “quotes”\nline 2 é\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("show", project, "𝔘nicode “quotes”").out()).isEqualTo(shown.out());
    }

    @Test
    void errorsAreOneLineThatNamesTheFileWithoutAStackTrace() throws Exception {
        Path project = dir.resolve("p.marginalia");
        run("new", project);
        Path broken = Files.write(dir.resolve("scan.pdf"), "%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII));
        Result failed = run("import", project, broken);
        assertThat(failed.code()).isEqualTo(ExitCode.IMPORT_REFUSED.code());
        assertThat(failed.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("marginalia: Cannot import scan.pdf").doesNotContain("Exception"));

        Result missing = run("list", dir.resolve("nope.marginalia"), "docs");
        assertThat(missing.code()).isEqualTo(ExitCode.NOT_FOUND.code());
        assertThat(missing.err()).contains("nope.marginalia").contains("does not exist").doesNotContain("\tat ");

        Result debug = run("list", dir.resolve("nope.marginalia"), "docs", "--debug");
        assertThat(debug.err()).contains("\tat ");

        Result notFound = run("annotate", project, "--doc", "1", "--quote", "x");
        assertThat(notFound.code()).isEqualTo(ExitCode.NOT_FOUND.code());
        assertThat(notFound.err()).contains("No source '1'");

        Result usage = run("link", project, "one", "two");
        assertThat(usage.code()).isEqualTo(Cli.USAGE);
        assertThat(usage.err()).contains("one");

        Result relation = run("new", dir.resolve("q.marginalia"));
        assertThat(relation.code()).isZero();
        Result exists = run("new", dir.resolve("q.marginalia"));
        assertThat(exists.code()).isEqualTo(Cli.FAILED);
        assertThat(exists.err()).contains("q.marginalia");
    }

    @Test
    void duplicateImportIsReportedNotAdded() {
        Path project = dir.resolve("p.marginalia");
        run("new", project);
        run("import", project, sample("001_787e3ca0482940cb.txt"));
        Result again = run("import", project, sample("001_787e3ca0482940cb.txt"));
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("already in the project as source 1");
        assertThat(run("list", project, "docs").out().lines()).hasSize(1);
    }

    @Test
    void demoAndVersion() {
        Path demo = dir.resolve("demo.marginalia");
        Result created = run("demo", demo);
        assertThat(created.code()).isZero();
        assertThat(run("list", demo, "links").out()).contains("paraphrases");
        assertThat(run("--version").out()).startsWith("Marginalia ");
        assertThat(run("--help").out()).contains("annotate").contains("export");
        Result commandHelp = run("show", "--help");
        assertThat(commandHelp.code()).isZero();
        assertThat(commandHelp.out()).startsWith("Usage: marginalia show").contains("PROJECT").contains("DOC");
        assertThat(run("tag", "add", "--help").out()).contains("--color");
    }
}
