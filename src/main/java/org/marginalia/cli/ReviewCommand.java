package org.marginalia.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.marginalia.project.Project;
import org.marginalia.project.ReviewItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "review", description = {"List the passages that need review after a source was re-imported.",
        "One tab-separated line each: passage id, source id, confidence (0-1), quote as marked, best candidate in "
                + "the new text (empty when none), reason.",
        "Settle one with 'marginalia reviewed PROJECT ID' (or --candidate to move it to the candidate)."})
final class ReviewCommand extends ProjectCommand implements Callable<Integer> {


    ReviewCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            for (ReviewItem item : open.passages().reviewQueue()) {
                spec.commandLine().getOut().println(Tsv.row(item.passage().id(), item.passage().documentId(),
                        String.format(Locale.ROOT, "%.2f", item.flag().score()), item.passage().quote(),
                        item.candidateText(), item.flag().reason()));
            }
        }
        return 0;
    }
}
