package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real small file system (a tmpfs mounted for the test), filled up or made read-only: reading commands still work,
 * writing ones say "disk is full" naming the disk, or "is read-only", each with its exit code. Mounting needs root on
 * Linux; elsewhere the test is skipped with one printed line (the max_page_count tests cover the store anyway).
 */
class RealDiskTest {

    @TempDir
    Path dir;
    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        mount = Files.createDirectory(dir.resolve("small-disk"));
        mounted = exec("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString());
        if (!mounted) {
            System.out.println("SKIPPED: RealDiskTest needs to mount a tmpfs (root on Linux); the max_page_count"
                    + " tests stand in for it here");
        }
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            exec("umount", mount.toString());
        }
    }

    @Test
    void onAFullDiskReadingWorksAndWritingSaysTheDiskIsFullAndWhichOne() throws Exception {
        Path project = mount.resolve("thesis.marginalia");
        assertThat(ExitCodesTest.run("new", project).code()).isZero();
        assertThat(ExitCodesTest.run("tag", "add", project, "kept").code()).isZero();
        fill(mount.resolve("filler"));

        ExitCodesTest.Result listed = ExitCodesTest.run("list", project, "tags");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("kept");
        assertThat(ExitCodesTest.run("check", project).out()).contains("ok");

        ExitCodesTest.Result added = ExitCodesTest.run("tag", "add", project, "x".repeat(3000),
                "--color", "#123456");
        System.out.println("full disk: " + added.err().strip());
        assertThat(added.code()).isEqualTo(ExitCode.DISK_FULL.code());
        assertThat(added.err()).contains("disk is full").contains(mount.toString());

        Files.delete(mount.resolve("filler"));
        assertThat(ExitCodesTest.run("tag", "add", project, "after").code()).isZero();
        assertThat(ExitCodesTest.run("list", project, "tags").out()).contains("kept").contains("after");
    }

    @Test
    void onAReadOnlyDiskReadingWorksAndWritingSaysItIsReadOnly() throws Exception {
        Path project = mount.resolve("thesis.marginalia");
        assertThat(ExitCodesTest.run("new", project).code()).isZero();
        assertThat(ExitCodesTest.run("tag", "add", project, "kept").code()).isZero();
        assertThat(exec("mount", "-o", "remount,ro", mount.toString())).isTrue();

        ExitCodesTest.Result listed = ExitCodesTest.run("list", project, "tags");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("kept");
        ExitCodesTest.Result added = ExitCodesTest.run("tag", "add", project, "new");
        System.out.println("read-only: " + added.err().strip());
        assertThat(added.code()).isEqualTo(ExitCode.READ_ONLY.code());
        assertThat(added.err()).contains("thesis.marginalia is read-only");
    }

    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left: the disk is full, as intended.
        }
    }

    private static boolean exec(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
