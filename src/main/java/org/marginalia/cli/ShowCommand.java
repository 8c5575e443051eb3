package org.marginalia.cli;

import java.util.concurrent.Callable;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Print a source's stored plain text exactly, in UTF-8 (offsets count in it).")
final class ShowCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "DOC", description = "The source, by id or title.") String document;

    ShowCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            Document found = open.sources().resolve(document);
            spec.commandLine().getOut().print(open.sources().text(found.id()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
