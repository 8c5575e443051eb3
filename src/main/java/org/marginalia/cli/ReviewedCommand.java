package org.marginalia.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.model.Annotation;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reviewed", description = {"Take passages out of the review queue.",
        "By default a passage stays where it is and takes the text there as its quote; with --candidate it moves to "
                + "the best candidate 'marginalia review' showed.",
        "Prints '<id><TAB><quote>' per passage."})
final class ReviewedCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ANNOTATION_ID") List<Long> ids;
    @Option(names = "--candidate", description = "Move each passage to its best candidate place.")
    boolean candidate;

    ReviewedCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            for (long id : ids) {
                Annotation settled = candidate ? open.passages().acceptCandidate(id) : open.passages().markReviewed(id);
                spec.commandLine().getOut().println(Tsv.row(settled.id(), settled.quote()));
            }
        }
        return 0;
    }
}
