package org.marginalia.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.PageLayout;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "list", description = {"List what the project holds, one tab-separated line each:",
        "  docs         id, type, passages, title",
        "  tags         id, key, colour, passages, path",
        "  annotations  id, source id, start, end (code points), tags, quote, note, review",
        "               (review: 'review' when the passage waits in 'marginalia review', else empty)",
        "  links        id, from passage, relation, to passage, note",
        "  pages        source id, page, origin of its words (text-layer, ocr, transcription), mean confidence %"})
final class ListCommand extends ProjectCommand implements Callable<Integer> {

    /** What to list. */
    enum What { docs, tags, annotations, links, pages }

    @Parameters(index = "1", paramLabel = "WHAT", description = "docs, tags, annotations, links or pages.") What what;

    ListCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project open = opener.open(project)) {
            switch (what) {
                case docs -> {
                    Map<Long, Integer> counts = open.sources().passageCounts();
                    for (Document d : open.sources().list()) {
                        out.println(Tsv.row(d.id(), d.type().word(), counts.getOrDefault(d.id(), 0), d.title()));
                    }
                }
                case tags -> {
                    ProjectSnapshot snapshot = open.exports().snapshot();
                    Map<Long, Integer> counts = open.tags().passageCounts();
                    for (Tag t : snapshot.tags()) {
                        out.println(Tsv.row(t.id(), t.shortcutKey() == null ? "" : t.shortcutKey(), t.color(),
                                counts.getOrDefault(t.id(), 0), snapshot.tagPath(t.id())));
                    }
                }
                case annotations -> {
                    ProjectSnapshot snapshot = open.exports().snapshot();
                    Set<Long> flagged = open.passages().reviewQueue().stream().map(item -> item.passage().id())
                            .collect(Collectors.toSet());
                    for (Annotation a : snapshot.annotations()) {
                        TextSpan cp = a.span().toCodePoints(snapshot.textOf(a.documentId()));
                        String tags = a.tagIds().stream().map(snapshot::tagPath).collect(Collectors.joining(", "));
                        out.println(Tsv.row(a.id(), a.documentId(), cp.start(), cp.end(), tags, a.quote(), a.note(),
                                flagged.contains(a.id()) ? "review" : ""));
                    }
                }
                case pages -> {
                    for (Document d : open.sources().list()) {
                        for (PageLayout page : open.pages().outline(d.id())) {
                            out.println(PageRows.row(d.id(), page));
                        }
                    }
                }
                case links -> {
                    for (Link l : open.links().list()) {
                        out.println(Tsv.row(l.id(), l.fromAnnotationId(), l.relation().word(), l.toAnnotationId(),
                                l.note()));
                    }
                }
            }
        }
        return 0;
    }
}
