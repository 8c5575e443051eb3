package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} only reads the project: the file is left byte for byte as it was, with nothing beside it. */
class ExportReadsOnlyTest {

    @TempDir
    Path dir;

    @Test
    void exportLeavesTheProjectAndItsFolderUntouched() throws IOException {
        Path project = dir.resolve("thesis.marginalia");
        Path text = Files.writeString(dir.resolve("memo.txt"), "Perhaps Russia could be an Ally.\n");
        assertThat(ExitCodesTest.run("new", project).code()).isZero();
        assertThat(ExitCodesTest.run("import", project, text).code()).isZero();
        assertThat(ExitCodesTest.run("tag", "add", project, "trust").code()).isZero();
        assertThat(ExitCodesTest.run("annotate", project, "--doc", "1", "--quote", "could be an Ally", "--tag",
                "trust").code()).isZero();
        Path out = Files.createDirectory(dir.resolve("out"));
        // With no backup at all, a writable open would make the daily one; a read changes nothing to back up.
        deleteBackups(project);
        byte[] before = Files.readAllBytes(project);
        List<Path> beside = listing(dir);

        ExitCodesTest.Result exported = ExitCodesTest.run("export", project, "--format", "csv", "--out",
                out.resolve("passages.csv"));

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(Files.readString(out.resolve("passages.csv"))).contains("could be an Ally").contains("trust");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(listing(dir)).as("no -wal, -shm or new backup left beside the project").isEqualTo(beside);
    }

    @Test
    void anExportOfAFileThatIsNoProjectIsRefusedAsBefore() throws IOException {
        Path notAProject = Files.writeString(dir.resolve("notes.marginalia"), "just some text, not SQLite");

        ExitCodesTest.Result exported = ExitCodesTest.run("export", notAProject, "--format", "csv", "--out",
                dir.resolve("x.csv"));

        assertThat(exported.code()).isNotZero();
        assertThat(exported.err()).contains("notes.marginalia");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    private static void deleteBackups(Path project) throws IOException {
        Path backups = project.resolveSibling(project.getFileName() + ".backups");
        if (Files.isDirectory(backups)) {
            try (Stream<Path> files = Files.list(backups)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.startsWith(dir.resolve("out"))).sorted().toList();
        }
    }
}
