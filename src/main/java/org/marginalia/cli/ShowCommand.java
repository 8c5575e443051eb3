package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Print a source's stored plain text exactly, in UTF-8 (offsets count in it).")
final class ShowCommand implements Callable<Integer> {

    private final ProjectOpener opener;
    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT") Path project;
    @Parameters(index = "1", paramLabel = "DOC", description = "The source, by id or title.") String document;

    ShowCommand(ProjectOpener opener) {
        this.opener = opener;
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
