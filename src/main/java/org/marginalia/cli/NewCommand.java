package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", description = "Create an empty project file.")
final class NewCommand implements Callable<Integer> {

    private final ProjectOpener opener;
    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .marginalia file to create.")
    Path project;

    NewCommand(ProjectOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Project created = opener.create(project)) {
            spec.commandLine().getOut().println("Created " + created.path());
        }
        return 0;
    }
}
