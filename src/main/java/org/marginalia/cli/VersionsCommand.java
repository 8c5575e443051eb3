package org.marginalia.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.model.Document;
import org.marginalia.model.DocumentVersion;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "versions", description = {"List the earlier versions kept of a re-imported source, or print one.",
        "One tab-separated line each: version, type, file name, sha256, imported at, replaced at."})
final class VersionsCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "DOC", description = "The source, by id or title.") String document;
    @Option(names = "--text", paramLabel = "VERSION", description = "Print the plain text of that version instead.")
    Integer textOf;

    VersionsCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project open = opener.open(project)) {
            Document source = open.sources().resolve(document);
            List<DocumentVersion> versions = open.reanchor().versions(source.id());
            if (textOf != null) {
                DocumentVersion version = versions.stream().filter(v -> v.version() == textOf).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Source " + source.id() + " ('"
                                + source.title() + "') has no kept version " + textOf + " (it has "
                                + versions.size() + ")"));
                out.print(open.reanchor().versionText(version.id()));
                return 0;
            }
            for (DocumentVersion v : versions) {
                out.println(Tsv.row(v.version(), v.type().word(), v.fileName(), v.sha256(), v.imported(),
                        v.replaced()));
            }
        }
        return 0;
    }
}
