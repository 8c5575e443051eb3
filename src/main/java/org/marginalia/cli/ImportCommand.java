package org.marginalia.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.project.ImportOutcome;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Import source files (.txt, .md, .html, .pdf).",
        "Prints '<id><TAB><title>' per source; a file already in the project is reported on stderr, not added.",
        "A file whose encoding had to be guessed (not valid UTF-8) is imported with a warning on stderr naming it."})
final class ImportCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE") List<Path> files;

    ImportCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            for (Path file : files) {
                ImportOutcome outcome = open.sources().importFile(file);
                outcome.warnings().forEach(w -> spec.commandLine().getErr().println("marginalia: warning: " + w));
                if (outcome.duplicate()) {
                    spec.commandLine().getErr().println("marginalia: " + file.getFileName()
                            + " is already in the project as source " + outcome.document().id() + " ('"
                            + outcome.document().title() + "'); not imported again");
                }
                spec.commandLine().getOut().println(Tsv.row(outcome.document().id(), outcome.document().title()));
            }
        }
        return 0;
    }
}
