package org.marginalia.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import org.marginalia.project.ProjectImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-project", description = {"Bring a REFI-QDA project (.qdpx or .qde from NVivo, ATLAS.ti, "
        + "MAXQDA, QualCoder) into this project.", "Prints what was added, then a report of what came in and what "
        + "did not, kind by kind, with one example each; each warning on stderr.",
        "Exit code " + ImportProjectCommand.INCOMPLETE + " when more than 2% of what the file holds was left out or "
        + "nothing was stored (what did come in is kept)."})
final class ImportProjectCommand extends ProjectCommand implements Callable<Integer> {

    /** Exit code of an import that left out more than a small share of the file, or stored nothing. */
    static final int INCOMPLETE = 3;

    @Parameters(index = "1", paramLabel = "FILE.qdpx") Path qdpx;

    @Option(names = "--repair", description = "Escape bare & and < (a known exporter defect) in a copy beside the "
            + "file (NAME-repaired.qdpx), say where, then import the copy; the file itself is never changed.")
    boolean repair;

    ImportProjectCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            ProjectImport result = open.projectImports().importQdpx(qdpx, repair);
            var err = spec.commandLine().getErr();
            var out = spec.commandLine().getOut();
            result.warnings().forEach(w -> err.println("marginalia: warning: " + w));
            out.println(Tsv.row("sources", result.sourcesAdded()));
            out.println(Tsv.row("sources already present", result.sourcesAlreadyPresent()));
            out.println(Tsv.row("tags", result.tagsAdded()));
            out.println(Tsv.row("passages", result.passagesAdded()));
            out.println(Tsv.row("links", result.linksAdded()));
            out.println(Tsv.row("notes", result.notesAdded()));
            out.println();
            out.print(result.report().text());
            out.flush();
            if (result.incomplete()) {
                err.println("marginalia: " + qdpx.getFileName() + ": " + (result.storedNothing()
                        ? "nothing was imported" : String.format(Locale.ROOT, "%d of %d items (%.1f%%) were left out",
                        result.report().skipped(), result.report().taken() + result.report().skipped(),
                        100 * result.report().skippedShare())) + "; see the report above.");
                return INCOMPLETE;
            }
        }
        return 0;
    }
}
