package org.marginalia.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link MigrationCrashTest}: upgrades a project and is killed while it does. {@code args}:
 * project file, then {@code slow} (the bundled migrations plus a long synthetic one) or the number of bundled
 * migrations to upgrade to.
 */
public final class MigrationWorker {

    /** Long enough (several seconds even on a quiet machine) that a kill always lands inside it. */
    static final String SLOW = """
            CREATE TABLE filler (x BLOB NOT NULL);
            INSERT INTO filler SELECT randomblob(200) FROM (WITH RECURSIVE c(i) AS
                (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 600000) SELECT i FROM c);
            CREATE INDEX filler_x ON filler(x);
            ALTER TABLE tag ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
            """;

    private MigrationWorker() {
    }

    public static void main(String[] args) {
        System.out.println("opening");
        System.out.flush();
        ProjectFile.openChecked(Path.of(args[0]).toAbsolutePath(), migrations(args[1])).close();
        System.out.println("done");
        System.out.flush();
    }

    static Migrations migrations(String which) {
        List<String> scripts = new ArrayList<>(Migrations.bundled().scripts());
        if (which.equals("slow")) {
            scripts.add(SLOW);
            return Migrations.of(scripts);
        }
        return Migrations.of(scripts.subList(0, Integer.parseInt(which)));
    }
}
