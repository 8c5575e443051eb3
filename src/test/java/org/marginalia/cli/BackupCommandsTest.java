package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;

/** The backups and restore commands, and the advice printed when a project is damaged. */
class BackupCommandsTest {

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

    @Test
    void aDamagedProjectIsRestoredFromTheBackupTheErrorNames() throws Exception {
        Path project = dir.resolve("thesis.marginalia");
        assertThat(run("new", project).code()).isZero();
        assertThat(run("tag", "add", project, "NATO expansion").code()).isZero();

        Result listed = run("backups", project);
        assertThat(listed.code()).isZero();
        String[] newest = listed.out().lines().findFirst().orElseThrow().split("\t");
        assertThat(newest).hasSize(4);
        assertThat(newest[2]).isEqualTo("on-close");
        Path backup = Path.of(newest[3]);
        assertThat(backup).exists().hasParent(dir.resolve("thesis.marginalia.backups"));
        assertThat(Long.parseLong(newest[1])).isEqualTo(Files.size(backup));

        try (RandomAccessFile raf = new RandomAccessFile(project.toFile(), "rw")) {
            raf.seek(4096L * 2);
            raf.write(new byte[4096 * 3]);
        }
        Result refused = run("list", project, "tags");
        System.out.println(refused.err().strip());
        assertThat(refused.code()).isEqualTo(ExitCode.DAMAGED.code());
        assertThat(refused.err()).contains("thesis.marginalia is damaged").contains("newest good backup")
                .contains("marginalia restore " + project + " " + backup);

        Result restored = run("restore", project, backup);
        assertThat(restored.code()).isZero();
        assertThat(restored.out()).contains("Restored").contains("before-restore-");
        Result tags = run("list", project, "tags");
        assertThat(tags.code()).isZero();
        assertThat(tags.out()).contains("NATO expansion");
    }

    @Test
    void aMissingBackupIsRefusedByName() {
        Path project = dir.resolve("p.marginalia");
        run("new", project);
        Result result = run("restore", project, dir.resolve("nowhere.marginalia"));
        assertThat(result.code()).isEqualTo(ExitCode.NOT_FOUND.code());
        assertThat(result.err()).contains("nowhere.marginalia").contains("does not exist");
        assertThat(run("list", project, "tags").code()).isZero();
    }
}
