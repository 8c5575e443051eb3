package org.marginalia.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marginalia.analysis.CooccurrenceUnit;
import org.marginalia.analysis.Selection;
import org.marginalia.analysis.StatsTables;
import org.marginalia.model.StatsTable;
import org.marginalia.project.CodingSnapshot;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stats", description = {"Figures on the coding, tab-separated (or CSV with --out):",
        "  --by tag           passages per tag (the default)",
        "  --by source        passages per tag in each source (code x source matrix)",
        "  --by cooccurrence  how often two tags occur in the same unit (--unit, --jaccard)",
        "  --by timeline      sources by date and event date, with passages per tag"})
final class StatsCommand extends ProjectCommand implements Callable<Integer> {

    /** Which table. */
    enum By { tag, source, cooccurrence, timeline }

    @Option(names = "--by", paramLabel = "WHAT", description = "tag, source, cooccurrence or timeline.") By by = By.tag;
    @Option(names = "--unit", paramLabel = "UNIT",
            description = "For co-occurrence: overlapping (default), sentence, paragraph or source.")
    String unit = "overlapping";
    @Option(names = "--jaccard", description = "Co-occurrence as Jaccard's coefficient instead of counts.")
    boolean jaccard;
    @Option(names = "--tag", paramLabel = "TAG", description = "Only these tags (repeatable).")
    List<String> tags = new ArrayList<>();
    @Option(names = "--source", paramLabel = "SOURCE", description = "Only these sources (repeatable).")
    List<String> sources = new ArrayList<>();
    @Option(names = "--out", paramLabel = "FILE.csv") Path out;

    StatsCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            CooccurrenceUnit chosenUnit = CooccurrenceUnit.fromWord(unit);
            Set<Long> tagIds = new HashSet<>();
            tags.forEach(t -> tagIds.add(open.tags().resolve(t).id()));
            Set<Long> sourceIds = new HashSet<>();
            sources.forEach(s -> sourceIds.add(open.sources().resolve(s).id()));
            Selection selection = new Selection(tagIds, sourceIds);
            CodingSnapshot coding = open.analysis().coding();
            Map<Long, String> paths = coding.tagPaths();
            StatsTable table = switch (by) {
                case tag -> StatsTables.frequencies(open.analysis().codeCounts(coding, selection), paths::get);
                case source -> StatsTables.bySource(open.analysis().codeCounts(coding, selection), paths::get,
                        coding::sourceTitle);
                case cooccurrence -> StatsTables.cooccurrence(
                        open.analysis().cooccurrence(coding, chosenUnit, selection), paths::get, jaccard);
                case timeline -> StatsTables.timeline(open.analysis().timeline(coding, selection),
                        coding.tagIds().stream().filter(selection::includesTag).toList(), paths::get);
            };
            StatsOutput.write(open, table, out, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return 0;
    }
}
