package org.marginalia.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import org.marginalia.project.ZoteroImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "zotero-import", description = {"Import items of a local Zotero library with their stored PDF, "
        + "HTML or text file.", "ZOTERO_DIR is Zotero's data folder (zotero.sqlite and storage/); the database is "
        + "copied and read from the copy, so Zotero may stay open.", "Prints id<TAB>title per source; a file already "
        + "in the project is linked to its Zotero item, not imported twice."})
final class ZoteroImportCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "ZOTERO_DIR") Path folder;
    @Option(names = "--collection", paramLabel = "NAME", description = "Only items in this collection (repeatable).")
    Set<String> collections = new LinkedHashSet<>();
    @Option(names = "--item", paramLabel = "KEY", description = "Only this item, by Zotero key (repeatable).")
    Set<String> items = new LinkedHashSet<>();

    ZoteroImportCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            ZoteroImport result = open.zotero().importLibrary(folder, collections, items);
            result.added().forEach(d -> spec.commandLine().getOut().println(Tsv.row(String.valueOf(d.id()),
                    d.title())));
            result.linked().forEach(d -> spec.commandLine().getOut().println(Tsv.row(String.valueOf(d.id()),
                    d.title() + " (already in the project; now linked to Zotero)")));
            result.skipped().forEach(s -> spec.commandLine().getErr().println("marginalia: skipped " + s));
        }
        return 0;
    }
}
