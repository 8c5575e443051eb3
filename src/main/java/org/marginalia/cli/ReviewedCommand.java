package org.marginalia.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.model.Annotation;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reviewed", description = {"Take passages out of the review queue.",
        "By default a passage stays where it is and takes the text there as its quote; with --candidate it moves to "
                + "the best candidate 'marginalia review' showed.",
        "Prints '<id><TAB><quote>' per passage."})
final class ReviewedCommand implements Callable<Integer> {

    private final ProjectOpener opener;
    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT") Path project;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ANNOTATION_ID") List<Long> ids;
    @Option(names = "--candidate", description = "Move each passage to its best candidate place.")
    boolean candidate;

    ReviewedCommand(ProjectOpener opener) {
        this.opener = opener;
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
