package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.BibliographyImport;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-bibliography", description = {"Fill sources' details from a bibliography file (.json "
        + "CSL-JSON, .bib BibTeX/BibLaTeX, .ris).", "An entry names its source by key (source12, as 'bibliography' "
        + "writes it) or by exact title. Prints id<TAB>title per source updated."})
final class ImportBibliographyCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "FILE") Path file;

    ImportBibliographyCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            BibliographyImport result = open.bibliography().importFile(file);
            result.updated().forEach(d -> spec.commandLine().getOut().println(Tsv.row(String.valueOf(d.id()),
                    d.title())));
            result.unmatched().forEach(key -> spec.commandLine().getErr().println("marginalia: entry " + key
                    + " names no source of the project; skipped"));
        }
        return 0;
    }
}
