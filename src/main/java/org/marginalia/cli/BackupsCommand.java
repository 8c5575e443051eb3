package org.marginalia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.Backup;
import org.marginalia.project.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backups", description = {"List the project's backups, newest first, one tab-separated line each:",
        "  time (UTC), size in bytes, reason, file",
        "They live beside the project in NAME.marginalia.backups/; restore one with 'restore PROJECT BACKUP'."})
final class BackupsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT") Path project;

    @Override
    public Integer call() {
        // The project is not opened: its backups must be listable when it is damaged or open in the window.
        PrintWriter out = spec.commandLine().getOut();
        for (Backup b : BackupService.list(project)) {
            out.println(Tsv.row(b.time(), b.size(), b.reason(), b.file()));
        }
        return 0;
    }
}
