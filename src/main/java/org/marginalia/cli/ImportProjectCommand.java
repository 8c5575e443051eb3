package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import org.marginalia.project.ProjectImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-project", description = {"Bring a REFI-QDA project (.qdpx or .qde from NVivo, ATLAS.ti, "
        + "MAXQDA, QualCoder) into this project.", "Prints what was added; each warning on stderr."})
final class ImportProjectCommand implements Callable<Integer> {

    private final ProjectOpener opener;
    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT") Path project;
    @Parameters(index = "1", paramLabel = "FILE.qdpx") Path qdpx;

    ImportProjectCommand(ProjectOpener opener) {
        this.opener = opener;
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
