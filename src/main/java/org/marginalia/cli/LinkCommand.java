package org.marginalia.cli;

import java.util.concurrent.Callable;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link", description = {"Link two passages: the first paraphrases / quotes / contradicts / is "
        + "related to the second.", "Prints the new link's id alone."})
final class LinkCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "ANNOTATION_ID") long from;
    @Parameters(index = "2", paramLabel = "ANNOTATION_ID") long to;
    @Option(names = "--relation", paramLabel = "RELATION", defaultValue = "related",
            description = "paraphrases, quotes, contradicts or related (default: ${DEFAULT-VALUE}).")
    String relation;
    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "") String note;

    LinkCommand(ProjectOpener opener) {
        super(opener);
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
