package org.marginalia.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Check the project file's integrity. Prints 'ok', or each problem found.")
final class CheckCommand implements Callable<Integer> {

    private final ProjectOpener opener;
    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT") Path project;

    CheckCommand(ProjectOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            List<String> problems = open.check();
            if (problems.isEmpty()) {
                spec.commandLine().getOut().println("ok");
                return 0;
            }
            problems.forEach(p -> spec.commandLine().getOut().println(p));
            spec.commandLine().getErr().println("marginalia: project " + open.path() + " has " + problems.size()
                    + " problem(s)");
            return Cli.FAILED;
        }
    }
}
