package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.BackupService;
import org.marginalia.project.Restored;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = {"Put a backup back in place of the project (close it everywhere first).",
        "The current project file is kept beside it as NAME.marginalia.before-restore-TIMESTAMP."})
final class RestoreCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT") Path project;
    @Parameters(index = "1", paramLabel = "BACKUP", description = "A backup file, as listed by 'backups PROJECT'.")
    Path backup;

    @Override
    public Integer call() {
        Restored restored = BackupService.restore(project, backup);
        var out = spec.commandLine().getOut();
        out.println("Restored " + backup + " to " + restored.project());
        restored.keptAside().ifPresent(aside -> out.println("The replaced project was kept as " + aside));
        return 0;
    }
}
