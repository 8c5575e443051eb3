package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bibliography", description = {"Write every source as a bibliography file for Zotero, Pandoc, LaTeX.",
        "Formats: csl-json, bibtex (BibLaTeX), ris."})
final class BibliographyCommand extends ProjectCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csl-json, bibtex or ris.")
    String format;
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

    BibliographyCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            int sources = open.bibliography().export(out, format);
            spec.commandLine().getErr().println("Wrote " + sources + " sources to " + out);
        }
        return 0;
    }
}
