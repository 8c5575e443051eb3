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

/** {@code notes}: a research diary and source memos from the command line, and a tag folder refused with a reason. */
class NotesCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void notesAreAddedListedByScopeEditedSearchedAndDeleted() throws Exception {
        Path project = dir.resolve("diary.marginalia");
        Path letter = Files.writeString(dir.resolve("letter.txt"), "The harvest failed in every parish.");
        assertThat(run("new", project).code()).isZero();
        assertThat(run("import", project, letter).code()).isZero();

        String journal = run("notes", project, "--add", "Read the overseers' accounts next.").out().strip();
        String memo = run("notes", project, "--source", "1", "--add", "Written by the curate.").out().strip();
        assertThat(run("notes", project).out()).contains(journal + "\t\tRead the overseers'",
                memo + "\t1\tWritten by the curate.");
        assertThat(run("notes", project, "--source", "1").out().strip())
                .isEqualTo(memo + "\t1\tWritten by the curate.");

        assertThat(run("notes", project, "--edit", memo, "Written by the vicar.").code()).isZero();
        assertThat(run("notes", project, "--search", "vicar").out()).contains("Written by the vicar.");
        assertThat(run("notes", project, "--search", "curate").out()).isEmpty();

        assertThat(run("notes", project, "--delete", journal).code()).isZero();
        assertThat(run("notes", project).out()).doesNotContain("overseers");
        Result missing = run("notes", project, "--delete", journal);
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("No note " + journal);
    }
}
