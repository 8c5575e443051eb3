package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "reimport", description = {"Replace a source's text with a new version of its file and re-attach its "
        + "passages by their quotes.",
        "The previous version is kept. Passages that cannot be placed with confidence keep their quote and wait in "
                + "'marginalia review'.",
        "A plain text file re-imported onto a PDF or scan is a corrected transcription: the source keeps its file "
                + "and pages, and word boxes stay with the words that did not change (as 'correct' does).",
        "Prints 'kept version N of source ID', then 'exact N', 'moved N' and 'needs review N', for a source with "
                + "pages 'word boxes kept N, corrected N, dropped N', then one "
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
        try (Project open = opener.open(project)) {
            Document source = open.sources().resolve(document);
            CorrectionLines.print(spec.commandLine().getOut(), source,
                    open.reanchor().reimportWithPages(source.id(), newFile));
        }
        return 0;
    }
}
