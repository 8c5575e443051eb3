package org.marginalia.cli;

import java.util.concurrent.Callable;
import org.marginalia.model.Candidate;
import org.marginalia.model.Document;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "match", description = {"Find where a passage of one source comes from in another.",
        "Prints one candidate per line: score<TAB>start<TAB>end<TAB>text (code-point offsets in the other source)."})
final class MatchCommand extends ProjectCommand implements Callable<Integer> {

    @Option(names = "--doc", paramLabel = "A", description = "The source the passage is from (id or title).")
    String from;
    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The passage.") String quote;
    @Option(names = "--in", required = true, paramLabel = "B", description = "The source to search (id or title).")
    String in;
    @Option(names = "--top", paramLabel = "K", defaultValue = "3", description = "How many candidates (default 3).")
    int top;

    MatchCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1");
        }
        try (Project open = opener.open(project)) {
            if (from != null) {
                open.sources().resolve(from);
            }
            Document target = open.sources().resolve(in);
            String text = open.compare().text(target.id());
            for (Candidate candidate : open.compare().counterparts(quote, target.id(), top)) {
                TextSpan cp = candidate.span().toCodePoints(text);
                spec.commandLine().getOut().println(Tsv.row(String.format(java.util.Locale.ROOT, "%.3f",
                        candidate.score()), cp.start(), cp.end(), candidate.span().of(text)));
            }
        }
        return 0;
    }
}
