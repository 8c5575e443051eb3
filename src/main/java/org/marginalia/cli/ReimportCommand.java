package org.marginalia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import org.marginalia.project.ReanchorReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "reimport", description = {"Replace a source's text with a new version of its file and re-attach its "
        + "passages by their quotes.",
        "The previous version is kept. Passages that cannot be placed with confidence keep their quote and wait in "
                + "'marginalia review'.",
        "Prints 'kept version N of source ID', then 'exact N', 'moved N' and 'needs review N', then one "
                + "'review<TAB>passage id<TAB>reason' line per passage to review."})
final class ReimportCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "DOC", description = "The source, by id or title.") String document;
    @Parameters(index = "2", paramLabel = "NEWFILE", description = "The new version (.txt, .md, .html, .pdf).")
    Path newFile;

    ReimportCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project open = opener.open(project)) {
            Document source = open.sources().resolve(document);
            ReanchorReport report = open.reanchor().reimport(source.id(), newFile);
            ReanchorLines.print(out, source, report);
        }
        return 0;
    }
}
