package org.marginalia.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.Tag;

/** What the project holds, as the window lists it: sources, tags, passages (with the table's filter) and links. */
final class LibraryModel {

    private final ObservableList<SourceItem> sources = FXCollections.observableArrayList();
    private final ObservableList<TagItem> tags = FXCollections.observableArrayList();
    private final ObservableList<PassageRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PassageRow> filteredRows = new FilteredList<>(rows);
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    // Read-only views made once: a listener added to a throwaway wrapper would be dropped with it.
    private final ObservableList<SourceItem> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<TagItem> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ObservableList<PassageRow> rowsView = FXCollections.unmodifiableObservableList(filteredRows);
    private final ObservableList<Link> linksView = FXCollections.unmodifiableObservableList(links);
    private Set<Long> tagFilter = Set.of();
    private String textFilter = "";

    void apply(ProjectState state) {
        sources.setAll(state.sourceItems());
        tags.setAll(state.tagItems());
        rows.setAll(state.rows());
        links.setAll(state.links());
        counts.set(state.counts());
        applyFilter();
    }

    void setFilter(Set<Long> tagIds, String text) {
        tagFilter = Set.copyOf(tagIds);
        textFilter = text == null ? "" : text;
        applyFilter();
    }

    private void applyFilter() {
        Set<Long> wanted = tagFilter;
        String text = textFilter;
        filteredRows.setPredicate(row -> row.matches(wanted, text));
    }

    /** A passage by id among all of the project's (not only those the table's filter shows), or null. */
    Annotation passageById(long id) {
        return rows.stream().map(PassageRow::passage).filter(a -> a.id() == id).findFirst().orElse(null);
    }

    Optional<Document> source(long id) {
        return sources.stream().map(SourceItem::document).filter(d -> d.id() == id).findFirst();
    }

    Optional<Tag> tag(long id) {
        return tags.stream().map(TagItem::tag).filter(t -> t.id() == id).findFirst();
    }

    Optional<Tag> tagWithKey(String key) {
        return tags.stream().map(TagItem::tag).filter(t -> key.equals(t.shortcutKey())).findFirst();
    }

    /** The first link with the passage at either end, or null. */
    Link linkOf(Annotation passage) {
        return passage == null ? null : links.stream()
                .filter(l -> l.fromAnnotationId() == passage.id() || l.toAnnotationId() == passage.id())
                .findFirst().orElse(null);
    }

    /** The names of a passage's tags, in codebook order ("trust, NATO expansion"), or "no tag". */
    String tagNames(Annotation passage) {
        String names = String.join(", ", tags.stream().map(TagItem::tag)
                .filter(t -> passage.tagIds().contains(t.id())).map(Tag::name).toList());
        return names.isEmpty() ? "no tag" : names;
    }

    ObservableList<SourceItem> sources() {
        return sourcesView;
    }

    ObservableList<TagItem> tags() {
        return tagsView;
    }

    /** The table's rows, as its filter leaves them. */
    ObservableList<PassageRow> rows() {
        return rowsView;
    }

    /** Every passage, whatever the table's filter. */
    List<Annotation> allPassages() {
        return rows.stream().map(PassageRow::passage).toList();
    }

    ObservableList<Link> links() {
        return linksView;
    }

    ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
