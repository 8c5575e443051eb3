package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.project.Project;

/** Each kind of failure exits with its own code, as listed by --help and the README, so scripts can rely on it. */
class ExitCodesTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true), new PrintStream(err, true));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachKindOfProblemHasItsOwnExitCode() throws Exception {
        Path project = dir.resolve("p.marginalia");
        assertThat(run("new", project).code()).isZero();
        assertThat(run("link", project, "one", "two").code()).isEqualTo(2);
        assertThat(run("list", dir.resolve("missing.marginalia"), "tags").code()).isEqualTo(3);
        assertThat(run("annotate", project, "--doc", "1", "--quote", "x").code()).isEqualTo(3);
        Path text = Files.writeString(dir.resolve("notes.marginalia"), "my notes, not a project");
        assertThat(run("list", text, "tags").code()).isEqualTo(4);
        Path scan = Files.write(dir.resolve("scan.pdf"), "%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII));
        assertThat(run("import", project, scan).code()).isEqualTo(10);
        assertThat(run("new", project).code()).isEqualTo(1);

        Path newer = dir.resolve("newer.marginalia");
        run("new", newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        assertThat(run("list", newer, "tags").code()).isEqualTo(6);

        try (Project open = Project.open(project, Importers.standard()::read)) {
            Result busy = run("list", project, "tags");
            assertThat(busy.code()).isEqualTo(7);
            assertThat(busy.err()).contains("is open elsewhere");
        }

        Path damaged = dir.resolve("damaged.marginalia");
        run("new", damaged);
        try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
            raf.seek(4096L * 2);
            raf.write(new byte[4096 * 3]);
        }
        assertThat(run("check", damaged).code()).isEqualTo(5);
        assertThat(run("list", damaged, "tags").code()).isEqualTo(5);
    }

    @Test
    void helpAndReadmeListEveryExitCode() throws Exception {
        Result help = run("--help");
        String readme = Files.readString(Path.of("README.md"));
        assertThat(help.out()).contains("Exit codes:");
        for (ExitCode exit : ExitCode.values()) {
            assertThat(help.out()).contains(String.format("%3d", exit.code()));
            assertThat(readme).as("README lists exit code " + exit.code())
                    .containsPattern("\\| `" + exit.code() + "` \\|");
        }
    }

    @Test
    void aBackupThatFailsIsReportedOnStderrWithItsOwnCodeAndTheBackupsCommandFails() throws Exception {
        Path project = dir.resolve("p.marginalia");
        assertThat(run("new", project).code()).isZero();
        deleteFolder(dir.resolve("p.marginalia.backups"));
        Files.writeString(dir.resolve("p.marginalia.backups"), "a plain file in the way");
        Result added = run("tag", "add", project, "kept");
        assertThat(added.code()).isEqualTo(13);
        assertThat(added.err()).contains("warning").contains("backup").contains("is a file, not a folder");
        assertThat(run("list", project, "tags").out()).contains("kept");
        Result listed = run("backups", project);
        assertThat(listed.code()).isNotZero();
        assertThat(listed.err()).contains("p.marginalia.backups is a file, not a folder");
    }

    @Test
    void aFileNameStartingWithADashGetsTheDoubleDashHint() throws Exception {
        Path project = dir.resolve("p.marginalia");
        run("new", project);
        Result usage = run("import", project, "-notes.txt");
        assertThat(usage.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(usage.err()).contains("put '--' before it");
        Files.writeString(Path.of("-notes.txt").toAbsolutePath().getParent().resolve("target").resolve("-notes.txt"),
                "A note whose name starts with a dash.");
        Result imported = run("import", project, "--", "target/-notes.txt");
        assertThat(imported.code()).isZero();
    }

    private static void deleteFolder(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
