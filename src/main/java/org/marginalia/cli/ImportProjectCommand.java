package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import org.marginalia.project.ProjectImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-project", description = {"Bring a REFI-QDA project (.qdpx or .qde from NVivo, ATLAS.ti, "
        + "MAXQDA, QualCoder) into this project.", "Prints what was added; each warning on stderr."})
final class ImportProjectCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "FILE.qdpx") Path qdpx;

    ImportProjectCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            ProjectImport result = open.projectImports().importQdpx(qdpx);
            result.warnings().forEach(w -> spec.commandLine().getErr().println("marginalia: warning: " + w));
            spec.commandLine().getOut().println(Tsv.row("sources", result.sourcesAdded()));
            spec.commandLine().getOut().println(Tsv.row("sources already present", result.sourcesAlreadyPresent()));
            spec.commandLine().getOut().println(Tsv.row("tags", result.tagsAdded()));
            spec.commandLine().getOut().println(Tsv.row("passages", result.passagesAdded()));
            spec.commandLine().getOut().println(Tsv.row("links", result.linksAdded()));
        }
        return 0;
    }
}
