package org.marginalia.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.MarginaliaException;
import org.marginalia.model.PageProgress;
import org.marginalia.model.SearchHit;
import org.marginalia.model.SearchMatch;
import org.marginalia.model.TextSpan;
import org.marginalia.project.ImportOutcome;
import org.marginalia.project.OcrLanguages;
import org.marginalia.project.Project;

/** Importing files, exporting the project and searching all sources. */
public final class SourceCommands {

    /** Sources and notes a page of search results. */
    static final int SEARCH_PAGE = 100;

    private final Project project;
    private final Background background;
    private final Dialogs dialogs;
    private final EditRunner edits;
    private final PanesModel panes;
    private final CurrentPassage current;
    private final Notices notices;
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hitsView = FXCollections.unmodifiableObservableList(hits);
    private final ReadOnlyStringWrapper searchStatus = new ReadOnlyStringWrapper(this, "searchStatus", "");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more", false);
    private String searchQuery;

    SourceCommands(Project project, Background background, Dialogs dialogs, EditRunner edits, PanesModel panes,
            CurrentPassage current, Notices notices) {
        this.project = project;
        this.background = background;
        this.dialogs = dialogs;
        this.edits = edits;
        this.panes = panes;
        this.current = current;
        this.notices = notices;
    }

    public void importWithDialog() {
        List<Path> files = dialogs.chooseSourcesToImport();
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** What importing several files did: what came in, what was there already, and which files failed, why. */
    record Outcomes(List<ImportOutcome> imported, List<String> failures) {
    }

    /**
     * Imports files one after another; a file that fails does not stop the others, and each failure is reported with
     * its file name. The first new source opens in the active pane.
     */
    public void importFiles(List<Path> files) {
        background.runLong("Importing " + files.size() + " file(s)", progress -> {
            List<ImportOutcome> imported = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < files.size() && !progress.isCancelled(); i++) {
                progress.update(i, files.size());
                try {
                    imported.add(project.sources().importFile(files.get(i),
                            OcrLanguages.options("", pagesOf(progress, i, files.size()))));
                } catch (MarginaliaException e) {
                    failures.add(e.getMessage());
                }
            }
            return new Outcomes(imported, failures);
        }, this::imported);
    }

    /** OCR's pages as a share of file {@code file} of {@code files}; cancelling the task stops before the next page. */
    private static PageProgress pagesOf(Background.Progress progress, int file, int files) {
        return new PageProgress() {
            @Override
            public void page(int page, int pages) {
                progress.update(file + (page - 1) / (double) pages, files);
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
    }

    private void imported(Outcomes outcomes) {
        long fresh = outcomes.imported().stream().filter(o -> !o.duplicate()).count();
        long duplicates = outcomes.imported().size() - fresh;
        List<Edit> done = outcomes.imported().stream().filter(o -> !o.duplicate())
                .map(o -> (Edit) new Edits.ImportSource(o.document(), null)).toList();
        List<String> warnings = outcomes.imported().stream().flatMap(o -> o.warnings().stream()).toList();
        notices.say("Imported " + fresh + " source" + (fresh == 1 ? "" : "s")
                + (duplicates > 0 ? "; " + duplicates + " already in the project" : "")
                + (warnings.isEmpty() ? "" : ". Warning: " + String.join(". ", warnings))
                + (fresh > 0 ? " — Ctrl+Z to undo" : ""));
        edits.recordedAll(done, () -> outcomes.imported().stream().findFirst()
                .ifPresent(o -> panes.openInPane(panes.activePane(), o.document().id(), () -> { })));
        if (!outcomes.failures().isEmpty()) {
            dialogs.showError("Some files could not be imported", String.join("\n\n", outcomes.failures()));
        }
    }

    /** Asks where and in which format to export, then writes the file. */
    public void exportWithDialog() {
        dialogs.chooseExportTarget(project.name()).ifPresent(target -> citationsFor(target).ifPresent(cites ->
                background.runLong("Exporting", p -> project.exports().export(target.file(), target.format(),
                        CsvOptions.standard(), cites.style(), cites.citationColumn()),
                        count -> notices.say("Exported " + count + " passages to " + target.file().getFileName()))));
    }

    /** Reports and CSV ask how to cite (preferred style, no column by default); other formats carry no citations. */
    private Optional<ExportCitations> citationsFor(ExportTarget target) {
        CitationStyle preferred = project.citations().preferred();
        return ExportCitations.asked(target.format()) ? dialogs.chooseExportCitations(target.format(), preferred)
                : Optional.of(ExportCitations.defaults(preferred));
    }

    /** Searches all sources and notes; the first page of sources and notes, each with every match in it. */
    public void search(String query) {
        searchQuery = query;
        fetch(query, 0);
    }

    /** The next page of the last search, after those shown. */
    public void more() {
        if (searchQuery != null && more.get()) {
            fetch(searchQuery, hits.size());
        }
    }

    private void fetch(String query, int offset) {
        background.runLong("Searching", p -> project.search().phrase(query, offset, SEARCH_PAGE), found -> {
            if (offset == 0) {
                hits.setAll(found);
            } else {
                hits.addAll(found);
            }
            more.set(found.size() == SEARCH_PAGE);
            int matches = hits.stream().mapToInt(SearchHit::count).sum();
            searchStatus.set(hits.isEmpty() ? "No matches for \"" + query.strip() + "\""
                    : plural(matches, "match", "matches") + " in " + plural(hits.size(), "source or note",
                            "sources and notes") + (more.get() ? "; more below" : ""));
        });
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Opens a search hit at its first match. */
    public void open(SearchHit hit) {
        open(hit, 0);
    }

    /**
     * Opens a search hit: the passage for a note, otherwise the source, with the hit's matches as the pane's find
     * matches and the chosen one ({@code index}) selected and scrolled to.
     */
    public void open(SearchHit hit, int index) {
        if (hit.inNote()) {
            background.run("Opening passage", p -> project.passages().get(hit.annotationId()), current::show);
            return;
        }
        // A pane that shows the source already is used, so the source beside it stays in view.
        int shown = panes.paneOf(hit.documentId());
        int target = shown >= 0 ? shown : panes.activePane();
        List<TextSpan> spans = hit.matches().stream().map(SearchMatch::span).toList();
        panes.openInPane(target, hit.documentId(), () -> panes.get(target).showMatches(spans, index));
    }

    /** True when the last page of the search was full, so there may be more sources and notes. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ObservableList<SearchHit> hits() {
        return hitsView;
    }

    public ReadOnlyStringProperty searchStatusProperty() {
        return searchStatus.getReadOnlyProperty();
    }
}
