package org.marginalia;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Exports of other tools (NVivo, MAXQDA, ATLAS.ti) whose licences keep them out of git: they live in the shared
 * folder beside the repository. On a bare clone the tests that need them are skipped with one printed line; CI,
 * which always has the folder, sets {@code marginalia.requireSamples} and a missing sample fails instead.
 */
public final class ExternalSamples {

    private static boolean told;

    private ExternalSamples() {
    }

    /** A file under {@code ../shared/standards/refi-qda/}, or the calling test is skipped (or failed on CI). */
    public static Path refiQda(String file) {
        Path path = Path.of(System.getProperty("marginalia.shared", "../shared"), "standards", "refi-qda", file);
        if (Files.isRegularFile(path)) {
            return path;
        }
        String why = "external REFI-QDA sample " + path.toAbsolutePath().normalize() + " is absent (no shared"
                + " standards folder beside this clone)";
        if (Boolean.getBoolean("marginalia.requireSamples")) {
            fail(why + "; marginalia.requireSamples is set, so this is a failure");
        }
        synchronized (ExternalSamples.class) {
            if (!told) {
                System.out.println("SKIPPED: tests that need external tool samples, because the " + why);
                told = true;
            }
        }
        Assumptions.abort(why);
        return path;
    }
}
