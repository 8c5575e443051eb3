package org.marginalia.cli;

import java.nio.file.Path;
import org.marginalia.project.DamagedProjectException;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.marginalia.project.SourceReader;

/** Opens and creates projects for the commands, with the importers the launcher chose. */
final class ProjectOpener {

    private final SourceReader reader;

    ProjectOpener(SourceReader reader) {
        this.reader = reader;
    }

    Project open(Path path) {
        try {
            return Project.open(path, reader);
        } catch (DamagedProjectException e) {
            throw e.newestGoodBackup().map(b -> e.withAdvice("To restore it, run: marginalia restore " + path + " "
                    + b.file())).orElse(e);
        }
    }

    Project create(Path path) {
        return Project.create(path, reader);
    }

    Project createDemo(Path path) {
        return DemoProject.create(path, reader);
    }
}
