package org.marginalia.cli;

import java.util.concurrent.Callable;
import org.marginalia.model.Document;
import org.marginalia.model.PageLayout;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {"Print a source's stored plain text exactly, in UTF-8 (offsets count in it).",
        "With --pages, one tab-separated line per page instead: page, where its words came from (text-layer, ocr,",
        "transcription) and their mean OCR confidence in percent."})
final class ShowCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "DOC", description = "The source, by id or title.") String document;
    @Option(names = "--pages", description = "List the pages with their OCR confidence instead of the text.")
    boolean pages;

    ShowCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            Document found = open.sources().resolve(document);
            if (pages) {
                for (PageLayout page : open.pages().outline(found.id())) {
                    spec.commandLine().getOut().println(PageRows.row(null, page));
                }
            } else {
                spec.commandLine().getOut().print(open.sources().text(found.id()));
            }
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
