package org.marginalia.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.marginalia.model.MarginaliaException;
import org.marginalia.project.DamagedProjectException;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.marginalia.project.SourceReader;

/** Opens and creates projects for the commands, with the importers the launcher chose. */
final class ProjectOpener {

    private final SourceReader reader;
    private final List<Project> opened = new ArrayList<>();

    ProjectOpener(SourceReader reader) {
        this.reader = reader;
    }

    Project open(Path path) {
        return withRestoreAdvice(path, () -> Project.open(path, reader));
    }

    /** For a command that only reads the project: see {@link Project#openForReading}. */
    Project openForReading(Path path) {
        return withRestoreAdvice(path, () -> Project.openForReading(path, reader));
    }

    private Project withRestoreAdvice(Path path, Supplier<Project> opening) {
        try {
            return remember(opening.get());
        } catch (DamagedProjectException e) {
            throw e.newestGoodBackup().map(b -> e.withAdvice("To restore it, run: marginalia restore " + path + " "
                    + b.file())).orElse(e);
        }
    }

    Project create(Path path) {
        return remember(Project.create(path, reader));
    }

    Project createDemo(Path path) {
        return remember(DemoProject.create(path, reader));
    }

    /** Warnings about the opened projects' folders (a cloud-synced one), for the command line to print. */
    List<String> folderWarnings() {
        return opened.stream().flatMap(p -> p.syncedFolderWarning().stream()).toList();
    }

    /** Backups on open or close that failed, for the command line to report once the command has closed them. */
    List<MarginaliaException> backupFailures() {
        return opened.stream().flatMap(p -> p.backups().lastFailure().stream()).toList();
    }

    private Project remember(Project project) {
        opened.add(project);
        return project;
    }
}
