package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "zotero-notes", description = {"Write each source with its passages as child notes, in Zotero RDF "
        + "(Zotero: File > Import).", "Each note holds the quote, its tags, your note and, for a source from Zotero, "
        + "a zotero://open-pdf link to its page."})
final class ZoteroNotesCommand extends ProjectCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.rdf") Path out;

    ZoteroNotesCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            int notes = open.bibliography().exportZoteroNotes(out);
            spec.commandLine().getErr().println("Wrote " + notes + " notes to " + out);
        }
        return 0;
    }
}
