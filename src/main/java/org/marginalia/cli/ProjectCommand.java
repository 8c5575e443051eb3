package org.marginalia.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every command on an existing project shares: the project file argument, {@code --debug}, and the opener. */
abstract class ProjectCommand {

    protected final ProjectOpener opener;
    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.marginalia).") Path project;

    ProjectCommand(ProjectOpener opener) {
        this.opener = opener;
    }
}
