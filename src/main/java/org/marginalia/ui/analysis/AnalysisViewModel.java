package org.marginalia.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.marginalia.analysis.CodeCounter;
import org.marginalia.analysis.CodedSpan;
import org.marginalia.analysis.CooccurrenceUnit;
import org.marginalia.analysis.Disagreement;
import org.marginalia.analysis.Selection;
import org.marginalia.analysis.StatsTables;
import org.marginalia.analysis.TimelineEntry;
import org.marginalia.model.StatsTable;
import org.marginalia.model.TextSpan;
import org.marginalia.project.CodingSnapshot;
import org.marginalia.project.Project;
import org.marginalia.project.SecondCoder;
import org.marginalia.ui.Background;
import org.marginalia.ui.compare.PaneReveal;

/**
 * The state of the Analysis view: the subset looked at, the co-occurrence unit, and the results, recomputed off the
 * FX thread whenever one of them changes. A click on a bar, cell or source hands its passages to the passage table.
 */
public final class AnalysisViewModel {

    /** The views that can be exported. */
    enum Figure { FREQUENCIES, COOCCURRENCE, BY_SOURCE, TIMELINE, AGREEMENT }

    private final Project project;
    private final Background background;
    private final BiConsumer<Set<Long>, String> showPassages;
    private final ReadOnlyObjectWrapper<AnalysisResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private Selection selection = Selection.everything();
    private CooccurrenceUnit unit = CooccurrenceUnit.OVERLAPPING;
    private boolean jaccard;
    private final ReadOnlyObjectWrapper<TwoCoders> twoCoders = new ReadOnlyObjectWrapper<>(this, "twoCoders");
    private Path secondCoder;
    private boolean excludeUncoded;
    private Adoption adoption;
    private PaneReveal reveal = (source, span) -> { };
    private Consumer<Map<Long, List<TextSpan>>> secondLayer = spans -> { };

    /** @param showPassages shows the given passages in the passage table, with a few words on where they are from */
    public AnalysisViewModel(Project project, Background background, BiConsumer<Set<Long>, String> showPassages) {
        this.project = project;
        this.background = background;
        this.showPassages = showPassages;
    }

    /**
     * Joins the two-coder list to the workbench window: adopting codings into the project, revealing a disagreement
     * in the panes, and showing the other coder's passages there as a second layer.
     *
     * @param layer gets the other coder's spans by source id; an empty map takes the layer away
     */
    public AnalysisViewModel withWindow(Adoption adopting, PaneReveal revealing,
            Consumer<Map<Long, List<TextSpan>>> layer) {
        this.adoption = adopting;
        this.reveal = revealing;
        this.secondLayer = layer;
        return this;
    }

    /** The Analysis window closed: the panes stop showing the other coder. */
    void closed() {
        secondLayer.accept(Map.of());
    }

    ReadOnlyObjectProperty<AnalysisResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** Reads the coding again and recomputes every figure. */
    public void refresh() {
        Selection chosen = selection;
        CooccurrenceUnit chosenUnit = unit;
        background.run("Analysing the coding", p -> {
            CodingSnapshot coding = project.analysis().coding();
            return new AnalysisResults(coding, coding.tagPaths(), project.analysis().codeCounts(coding, chosen),
                    project.analysis().cooccurrence(coding, chosenUnit, chosen),
                    project.analysis().timeline(coding, chosen));
        }, results::set);
    }

    void setSelection(Set<Long> tagIds, Set<Long> sourceIds) {
        selection = new Selection(tagIds, sourceIds);
        refresh();
    }

    void setUnit(CooccurrenceUnit newUnit) {
        unit = newUnit;
        refresh();
    }

    CooccurrenceUnit unit() {
        return unit;
    }

    void setJaccard(boolean showJaccard) {
        jaccard = showJaccard;
        results.set(results.get() == null ? null : withSameData(results.get()));
    }

    boolean jaccard() {
        return jaccard;
    }

    /** A copy, so listeners redraw the matrix in the other measure without recomputing. */
    private static AnalysisResults withSameData(AnalysisResults r) {
        return new AnalysisResults(r.coding(), r.tagPaths(), r.counts(), r.matrix(), r.timeline());
    }

    ReadOnlyObjectProperty<TwoCoders> twoCodersProperty() {
        return twoCoders.getReadOnlyProperty();
    }

    /** Reads another coder's project (read-only) and compares its coding with ours. */
    void compareWith(Path other) {
        secondCoder = other;
        boolean exclude = excludeUncoded;
        background.run("Comparing with " + other.getFileName(), p -> {
            CodingSnapshot ours = project.analysis().coding();
            SecondCoder theirs = project.analysis().openSecondCoder(other, ours);
            List<Disagreement> found = project.analysis().disagreements(ours, theirs);
            List<String> lines = found.stream().map(d -> DisagreementLines.of(d, ours)).toList();
            return new TwoCoders(other, Set.copyOf(theirs.sourceMatch().values()).size(),
                    StatsTables.agreement(project.analysis().agreement(ours, theirs, null, exclude)), theirs, found,
                    lines, theirs.codedSpans().stream().collect(Collectors.groupingBy(CodedSpan::sourceId,
                            Collectors.mapping(CodedSpan::span, Collectors.toList()))));
        }, two -> {
            twoCoders.set(two);
            secondLayer.accept(two.theirSpans());
        });
    }

    /** Whether this view is joined to a workbench window, whose dialogs it then asks through. */
    boolean joinedToWindow() {
        return adoption != null;
    }

    /** Asks for another coder's project through the window's dialogs; empty when the user cancels. */
    Optional<Path> chooseSecondCoder() {
        return joinedToWindow() ? adoption.chooseOtherCoder() : Optional.empty();
    }

    /** Shows where a disagreement is: the other coder's span when they coded there, else ours. */
    void revealDisagreement(int index) {
        TwoCoders two = twoCoders.get();
        if (two == null || index < 0 || index >= two.disagreements().size()) {
            return;
        }
        Disagreement d = two.disagreements().get(index);
        reveal.reveal(d.sourceId(), d.second() != null ? d.second() : d.first());
    }

    /** Whether a disagreement has a coding of the other coder's to adopt (not one of ours alone). */
    boolean canAdopt(int index) {
        TwoCoders two = twoCoders.get();
        return adoption != null && two != null && index >= 0 && index < two.disagreements().size()
                && two.disagreements().get(index).second() != null;
    }

    /** Takes the other coder's coding at one disagreement into the project; Undo takes it back. */
    void adopt(int index, Consumer<String> done) {
        if (!canAdopt(index)) {
            return;
        }
        TwoCoders two = twoCoders.get();
        Disagreement d = two.disagreements().get(index);
        adoption.adopt(two.theirs().narrowedTo(d.sourceId(), d.second(), d.tag()), "'" + d.tag() + "' "
                + d.second(), adopted(done));
    }

    /** Takes all of the other coder's coding into the project, never dropping one of ours. */
    void adoptAll(Consumer<String> done) {
        TwoCoders two = twoCoders.get();
        if (adoption != null && two != null) {
            adoption.adopt(two.theirs(), "all codings of " + two.other().getFileName(), adopted(done));
        }
    }

    /** After adopting, the figures and the comparison are computed again from the changed project. */
    private Consumer<String> adopted(Consumer<String> done) {
        return line -> {
            done.accept(line);
            refresh();
            compareWith(secondCoder);
        };
    }

    void setExcludeUncoded(boolean exclude) {
        excludeUncoded = exclude;
        if (secondCoder != null) {
            compareWith(secondCoder);
        }
    }

    /** A bar of the frequency chart: the passages with that tag in the selected sources. */
    public void openFrequency(int row) {
        AnalysisResults r = results.get();
        show(CodeCounter.passages(r.counts(), row, -1, r.coding().passages()),
                "tagged " + r.tagName(r.counts().tagIds().get(row)));
    }

    /** A cell of the code × source matrix. */
    public void openBySource(int row, int column) {
        AnalysisResults r = results.get();
        show(CodeCounter.passages(r.counts(), row, column, r.coding().passages()),
                r.tagName(r.counts().tagIds().get(row)) + " in " + r.coding().sourceTitle(
                        r.counts().sourceIds().get(column)));
    }

    /** A cell of the co-occurrence matrix. */
    public void openCooccurrence(int row, int column) {
        AnalysisResults r = results.get();
        show(r.matrix().passages(row, column), r.tagName(r.matrix().tagIds().get(row)) + " with "
                + r.tagName(r.matrix().tagIds().get(column)) + " in " + r.matrix().unit().description());
    }

    /** A source on the timeline: its passages with the selected tags. */
    public void openSource(TimelineEntry entry) {
        AnalysisResults r = results.get();
        List<Long> ids = r.coding().passages().stream().filter(p -> p.documentId() == entry.sourceId())
                .filter(selection::includes).map(p -> p.id()).toList();
        show(ids, "in " + entry.title());
    }

    private void show(List<Long> ids, String what) {
        showPassages.accept(Set.copyOf(ids), what);
    }

    /** The figure as a table, for CSV. */
    StatsTable table(Figure figure) {
        AnalysisResults r = results.get();
        return switch (figure) {
            case FREQUENCIES -> StatsTables.frequencies(r.counts(), r::tagName);
            case BY_SOURCE -> StatsTables.bySource(r.counts(), r::tagName, r.coding()::sourceTitle);
            case COOCCURRENCE -> StatsTables.cooccurrence(r.matrix(), r::tagName, jaccard);
            case TIMELINE -> StatsTables.timeline(r.timeline(), r.counts().tagIds(), r::tagName);
            case AGREEMENT -> twoCoders.get() == null ? new StatsTable("Agreement", List.of("tag"), List.of())
                    : twoCoders.get().agreement();
        };
    }

    /** Writes the figure's table as CSV off the FX thread; {@code done} gets a line for the status bar. */
    void exportCsv(Figure figure, Path out, Consumer<String> done) {
        StatsTable table = table(figure);
        background.run("Exporting " + table.title(), p -> {
            project.analysis().exportCsv(out, table);
            return table.rows().size();
        }, rows -> done.accept("Wrote " + rows + " rows to " + out.getFileName()));
    }
}
