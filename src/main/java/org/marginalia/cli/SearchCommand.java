package org.marginalia.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marginalia.model.CodePointIndex;
import org.marginalia.model.SearchHit;
import org.marginalia.model.SearchMatch;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {"Search every source's text and every passage's note for words, as a phrase.",
        "For each source or note: a line '12 matches in \"TITLE\" (source ID)' or '1 match in the note of passage ID "
                + "(\"TITLE\")', then one line per match: TAB, start-end in code points, TAB, the match in context "
                + "between [ and ].",
        "Sources and notes come in the order they were added; --page and --per-page walk through many."})
final class SearchCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "WORDS", description = "The words, searched as one phrase.") String words;
    @Option(names = "--page", paramLabel = "N", description = "Which page of sources and notes (default 1).")
    int page = 1;
    @Option(names = "--per-page", paramLabel = "N", description = "Sources and notes a page (default 50).")
    int perPage = 50;

    SearchCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        if (page < 1 || perPage < 1) {
            throw new IllegalArgumentException("--page and --per-page must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Project open = opener.open(project)) {
            List<SearchHit> hits = open.search().phrase(words, (page - 1) * perPage, perPage);
            Map<Long, String> titles = new HashMap<>();
            for (SearchHit hit : hits) {
                String title = titles.computeIfAbsent(hit.documentId(), id -> open.sources().get(id).title());
                String count = hit.count() + (hit.count() == 1 ? " match" : " matches");
                out.println(hit.inNote()
                        ? count + " in the note of passage " + hit.annotationId() + " (\"" + title + "\")"
                        : count + " in \"" + title + "\" (source " + hit.documentId() + ")");
                CodePointIndex index = new CodePointIndex(hit.inNote()
                        ? open.passages().get(hit.annotationId()).note() : open.sources().text(hit.documentId()));
                for (SearchMatch match : hit.matches()) {
                    out.println("\t" + index.toCodePoints(match.span().start()) + "-"
                            + index.toCodePoints(match.span().end()) + "\t" + match.snippet());
                }
            }
            if (hits.isEmpty()) {
                out.println(page == 1 ? "No matches for \"" + words.strip() + "\"" : "No more matches");
            }
        }
        return 0;
    }
}
