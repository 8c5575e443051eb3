package org.marginalia.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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
    // Where each source and tag is in its list, for counts moved in place after an edit of a few passages.
    private final Map<Long, Integer> sourceAt = new HashMap<>();
    private final Map<Long, Integer> tagAt = new HashMap<>();
    private boolean loaded;
    private Set<Long> tagFilter = Set.of();
    private String textFilter = "";
    private Set<Long> passageFilter;

    /** The whole project, read again. The rows come in id order, as the store lists passages. */
    void apply(ProjectState state) {
        sources.setAll(state.sourceItems());
        tags.setAll(state.tagItems());
        rows.setAll(state.rows());
        links.setAll(state.links());
        sourceAt.clear();
        for (int i = 0; i < sources.size(); i++) {
            sourceAt.put(sources.get(i).document().id(), i);
        }
        tagAt.clear();
        for (int i = 0; i < tags.size(); i++) {
            tagAt.put(tags.get(i).tag().id(), i);
        }
        loaded = true;
        counts.set(state.counts());
        applyFilter();
    }

    /** True once the whole project was read: until then a change cannot be applied piece by piece. */
    boolean loaded() {
        return loaded;
    }

    /**
     * Passages read again after an edit: each row is replaced, removed or put in its place by id, and the passage
     * counts of their sources and tags move by as much; the table's filter sees only those rows change. Returns false,
     * changing nothing, when a passage names a source or tag the window does not list yet (read everything then).
     */
    boolean apply(ChangedPassages changes) {
        Map<Long, Annotation> now = new HashMap<>();
        for (Annotation a : changes.found()) {
            if (!sourceAt.containsKey(a.documentId()) || !tagAt.keySet().containsAll(a.tagIds())) {
                return false;
            }
            now.put(a.id(), a);
        }
        Map<Long, Integer> bySource = new HashMap<>();
        Map<Long, Integer> byTag = new HashMap<>();
        Map<Long, Tag> tagById = new HashMap<>();
        tags.forEach(t -> tagById.put(t.tag().id(), t.tag()));
        for (long id : changes.asked()) {
            int at = rowIndex(id);
            Annotation after = now.get(id);
            if (at >= 0) {
                count(rows.get(at).passage(), -1, bySource, byTag);
            }
            if (after != null) {
                count(after, 1, bySource, byTag);
                PassageRow row = ProjectState.row(after, sources.get(sourceAt.get(after.documentId())).document(),
                        tagById);
                if (at >= 0) {
                    rows.set(at, row);
                } else {
                    rows.add(-at - 1, row);
                }
            } else if (at >= 0) {
                rows.remove(at);
            }
        }
        bySource.forEach((id, by) -> moveCount(sources, sourceAt.get(id), by,
                item -> new SourceItem(item.document(), item.passages() + by)));
        byTag.forEach((id, by) -> moveCount(tags, tagAt.get(id), by, item -> new TagItem(item.tag(),
                item.passages() + by)));
        if (changes.linksChanged()) {
            links.setAll(changes.links());
        }
        counts.set(ProjectState.counts(sources.size(), rows.size(), links.size()));
        return true;
    }

    private static void count(Annotation passage, int by, Map<Long, Integer> bySource, Map<Long, Integer> byTag) {
        bySource.merge(passage.documentId(), by, Integer::sum);
        passage.tagIds().forEach(tag -> byTag.merge(tag, by, Integer::sum));
    }

    private static <T> void moveCount(ObservableList<T> list, Integer at, int by, UnaryOperator<T> moved) {
        if (at != null && by != 0) {
            list.set(at, moved.apply(list.get(at)));
        }
    }

    /** Where the row of this passage is (rows are in id order), or -(where it would go) - 1. */
    private int rowIndex(long passageId) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long id = rows.get(mid).passage().id();
            if (id < passageId) {
                low = mid + 1;
            } else if (id > passageId) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -low - 1;
    }

    void setFilter(Set<Long> tagIds, String text) {
        tagFilter = Set.copyOf(tagIds);
        textFilter = text == null ? "" : text;
        passageFilter = null;
        applyFilter();
    }

    /** Shows only these passages in the table until the filter changes (a click-through from the Analysis view). */
    void showOnly(Set<Long> passageIds) {
        passageFilter = Set.copyOf(passageIds);
        applyFilter();
    }

    private void applyFilter() {
        Set<Long> wanted = tagFilter;
        String text = textFilter;
        Set<Long> only = passageFilter;
        filteredRows.setPredicate(row -> row.matches(wanted, text)
                && (only == null || only.contains(row.passage().id())));
    }

    /** A passage by id among all of the project's (not only those the table's filter shows), or null. */
    Annotation passageById(long id) {
        int at = rowIndex(id);
        return at < 0 ? null : rows.get(at).passage();
    }

    Optional<Document> source(long id) {
        Integer at = sourceAt.get(id);
        return Optional.ofNullable(at == null ? null : sources.get(at).document());
    }

    Optional<Tag> tag(long id) {
        Integer at = tagAt.get(id);
        return Optional.ofNullable(at == null ? null : tags.get(at).tag());
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

    /** The passages of one source in id order, whatever the table's filter. */
    List<Annotation> passagesOf(long documentId) {
        return rows.stream().map(PassageRow::passage).filter(a -> a.documentId() == documentId).toList();
    }

    ObservableList<Link> links() {
        return linksView;
    }

    ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
