package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed export leaves a hidden temporary file beside its target; the next export of that target removes it. */
class ExportLeftoversTest {

    @TempDir
    Path dir;

    @Test
    void anOldLeftoverIsRemovedAndAFreshOneOfARunningExportIsKept() throws Exception {
        Path target = dir.resolve("passages.csv");
        Path old = Files.writeString(dir.resolve(".passages.csv123.part"), "half an export");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(dir.resolve(".passages.csv456.part"), "another export, still running");
        ExportService.writeAtomically(target, out -> {
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
            return 1;
        });
        assertThat(target).hasContent("a,b");
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
    }
}
