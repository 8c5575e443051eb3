package org.marginalia.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = {"Check the project file's integrity. Prints 'ok', or each problem found.",
        "Sources whose citations would be wrong or incomplete (a date that is not ISO 8601, no author, title or "
                + "date) are listed on stderr as 'warning:' lines; they do not fail the check."})
final class CheckCommand extends ProjectCommand implements Callable<Integer> {


    CheckCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            List<String> problems = open.check();
            open.citations().warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
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
