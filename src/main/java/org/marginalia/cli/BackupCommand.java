package org.marginalia.cli;

import java.util.concurrent.Callable;
import org.marginalia.project.Backup;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;

@Command(name = "backup", description = {"Back the project up now; prints the backup's file.",
        "Closing backs up at most once per ten minutes;",
        "a script that wants its last change in a backup ends with this."})
final class BackupCommand extends ProjectCommand implements Callable<Integer> {

    BackupCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            Backup made = open.backups().backupNow();
            spec.commandLine().getOut().println(made.file());
        }
        return 0;
    }
}
