package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "link", description = {"Link two passages: the first paraphrases / quotes / contradicts / is "
        + "related to the second.", "Prints the new link's id alone."})
final class LinkCommand implements Callable<Integer> {

    private final ProjectOpener opener;
    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT") Path project;
    @Parameters(index = "1", paramLabel = "ANNOTATION_ID") long from;
    @Parameters(index = "2", paramLabel = "ANNOTATION_ID") long to;
    @Option(names = "--relation", paramLabel = "RELATION", defaultValue = "related",
            description = "paraphrases, quotes, contradicts or related (default: ${DEFAULT-VALUE}).")
    String relation;
    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "") String note;

    LinkCommand(ProjectOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        Relation parsed = Relation.fromWord(relation);
        try (Project open = opener.open(project)) {
            Link link = open.links().link(from, to, parsed, note);
            spec.commandLine().getOut().println(link.id());
        }
        return 0;
    }
}
