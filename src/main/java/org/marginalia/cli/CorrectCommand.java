package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "correct", description = {"Replace a source's text with a corrected text and re-attach its passages "
        + "by their quotes; the source keeps its file (a scan keeps its pages).",
        "The previous text is kept as a version. Word boxes stay with the words that did not change; a box over a "
                + "word corrected one for one takes the corrected word. Passages that cannot be placed with "
                + "confidence keep their quote and wait in 'marginalia review'.",
        "Prints what 'reimport' prints, with a 'word boxes kept N, corrected N, dropped N' line for a source with "
                + "pages."})
final class CorrectCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "DOC", description = "The source, by id or title.") String document;
    @Parameters(index = "2", paramLabel = "FILE", description = "The corrected text (.txt, UTF-8 or detected).")
    Path textFile;

    CorrectCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            Document source = open.sources().resolve(document);
            CorrectionLines.print(spec.commandLine().getOut(), source,
                    open.corrections().correctFrom(source.id(), textFile));
        }
        return 0;
    }
}
