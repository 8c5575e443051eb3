package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project in a cloud-synced folder is warned about once, naming the service and the safe alternative. */
class SyncedFolderWarningTest {

    @TempDir
    Path dir;

    @Test
    void aProjectInDropboxIsWarnedAboutOnceWithTheSafeAlternative() throws Exception {
        Path project = Files.createDirectories(dir.resolve("Dropbox").resolve("thesis")).resolve("p.marginalia");
        assertThat(ExitCodesTest.run("new", project).code()).isZero();
        ExitCodesTest.Result first = ExitCodesTest.run("list", project, "tags");
        assertThat(first.code()).isZero();
        assertThat(first.err()).contains("synced by Dropbox").contains("Keep the project on a local disk");
        assertThat(ExitCodesTest.run("list", project, "tags").err()).doesNotContain("synced");
    }

    @Test
    void aSyncthingMarkerIsRecognisedAndAnOrdinaryFolderIsNot() throws Exception {
        Path synced = Files.createDirectories(dir.resolve("papers"));
        Files.createDirectory(synced.resolve(".stfolder"));
        Path project = synced.resolve("p.marginalia");
        ExitCodesTest.run("new", project);
        assertThat(ExitCodesTest.run("list", project, "tags").err()).contains("synced by Syncthing");

        Path local = Files.createDirectories(dir.resolve("local")).resolve("p.marginalia");
        ExitCodesTest.run("new", local);
        assertThat(ExitCodesTest.run("list", local, "tags").err()).isEmpty();
    }
}
