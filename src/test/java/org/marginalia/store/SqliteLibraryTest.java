package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite driver's native library is copied into our folder once, and found there by later starts. */
class SqliteLibraryTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetTheCopy() {
        // The driver in this JVM is loaded already; later tests must not see a path into a deleted folder.
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
    }

    @Test
    void theLibraryIsCopiedOnceAndUsedFromTheCopy() throws IOException {
        SqliteLibrary.useCopyIn(dir);

        Path folder = Path.of(System.getProperty("org.sqlite.lib.path"));
        Path library = folder.resolve(System.getProperty("org.sqlite.lib.name"));
        assertThat(folder).startsWith(dir);
        assertThat(library).isRegularFile();
        assertThat(Files.size(library)).isGreaterThan(100_000);
        assertThat(files(folder)).as("nothing half-written left beside it").containsExactly(library);

        FileTime copied = Files.getLastModifiedTime(library);
        forgetTheCopy();
        SqliteLibrary.useCopyIn(dir);
        assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(folder.toString());
        assertThat(Files.getLastModifiedTime(library)).as("not copied again").isEqualTo(copied);
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheDriverToItsOwnWay() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        SqliteLibrary.useCopyIn(notAFolder);

        assertThat(System.getProperty("org.sqlite.lib.path")).isNull();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
