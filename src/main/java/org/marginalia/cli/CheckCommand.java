package org.marginalia.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Check the project file's integrity. Prints 'ok', or each problem found.")
final class CheckCommand extends ProjectCommand implements Callable<Integer> {


    CheckCommand(ProjectOpener opener) {
        super(opener);
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
            return ExitCode.DAMAGED.code();
        }
    }
}
