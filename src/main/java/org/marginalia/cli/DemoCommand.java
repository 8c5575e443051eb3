package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Create the demo project: the two sample articles, tagged and linked.")
final class DemoCommand implements Callable<Integer> {

    private final ProjectOpener opener;
    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .marginalia file to create.") Path project;

    DemoCommand(ProjectOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Project demo = opener.createDemo(project)) {
            spec.commandLine().getOut().println("Created the demo project " + demo.path() + " with "
                    + demo.sources().list().size() + " sources and " + demo.passages().list().size() + " passages");
        }
        return 0;
    }
}
