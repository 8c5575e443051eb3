package org.marginalia.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.fxmisc.richtext.model.StyleSpans;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.TextSpan;

/** One source pane: which source it shows, its passages and highlights, its own selection and find state. */
public final class SourcePaneModel {

    private final Background background;
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Annotation> selectedPassage = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<StyleSpans<HighlightStyle>> highlights =
            new ReadOnlyObjectWrapper<>(this, "highlights");
    private final ReadOnlyObjectWrapper<TextSpan> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final ObjectProperty<TextSpan> textSelection = new SimpleObjectProperty<>(this, "textSelection");
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(this, "currentMatch", -1);
    private final ReadOnlyStringWrapper findStatus = new ReadOnlyStringWrapper(this, "findStatus", "");
    private final ReadOnlyObjectWrapper<List<TextSpan>> secondCoder = new ReadOnlyObjectWrapper<>(this,
            "secondCoder", List.of());
    private List<Annotation> passages = List.of();
    private Map<Long, String> tagColors = Map.of();
    private Set<Long> linked = Set.of();
    private List<TextSpan> matches = List.of();

    SourcePaneModel(Background background) {
        this.background = background;
    }

    /** Another coder's passages on this pane's source, shown read-only in the margin; empty when none is compared. */
    public void showSecondCoder(List<TextSpan> spans) {
        secondCoder.set(List.copyOf(spans));
    }

    public ReadOnlyObjectProperty<List<TextSpan>> secondCoderProperty() {
        return secondCoder.getReadOnlyProperty();
    }

    void show(Document source, String storedText) {
        document.set(source);
        selectedPassage.set(null);
        matches = List.of();
        currentMatch.set(-1);
        findStatus.set("");
        text.set(DisplayText.of(storedText));
    }

    void clear() {
        document.set(null);
        selectedPassage.set(null);
        text.set("");
        passages = List.of();
        restyle();
    }

    /** New passages or tag colours after a change; keeps the selection when its passage still exists. */
    void update(List<Annotation> all, Map<Long, String> colors, Set<Long> linkedIds) {
        Document d = document.get();
        passages = d == null ? List.of() : all.stream().filter(a -> a.documentId() == d.id()).toList();
        tagColors = Map.copyOf(colors);
        linked = Set.copyOf(linkedIds);
        Annotation selected = selectedPassage.get();
        selectedPassage.set(selected == null ? null
                : passages.stream().filter(a -> a.id() == selected.id()).findFirst().orElse(null));
        restyle();
    }

    void restyle() {
        int length = text.get().length();
        List<Annotation> snapshot = passages;
        Map<Long, String> colors = tagColors;
        long selected = selectedPassage.get() == null ? 0 : selectedPassage.get().id();
        List<TextSpan> found = matches;
        int current = currentMatch.get();
        background.run("Highlighting", p -> HighlightSpans.compute(length, snapshot, colors, selected, found, current),
                highlights::set);
    }

    /** Marks the passage (which must be in this pane's source) and scrolls to it. */
    public void select(Annotation passage) {
        mark(passage);
        if (passage != null) {
            reveal.set(null);
            reveal.set(passage.span());
        }
    }

    /** Marks the passage as this pane's selected one (or none) without scrolling: it is in view already. */
    public void mark(Annotation passage) {
        selectedPassage.set(passage);
        restyle();
    }

    /** Scrolls to a span without changing the selection (the other end of a link, say). */
    public void reveal(TextSpan span) {
        reveal.set(null);
        reveal.set(span);
    }

    /** The innermost passage under a character, or null. */
    public Annotation passageAt(int offset) {
        Annotation best = null;
        for (Annotation a : passages) {
            if (a.span().contains(offset) && (best == null || a.span().length() < best.span().length())) {
                best = a;
            }
        }
        return best;
    }

    /** Every passage over a character, outermost first (what the hover lists). */
    public List<Annotation> passagesAt(int offset) {
        return passages.stream().filter(a -> a.span().contains(offset))
                .sorted((a, b) -> Integer.compare(b.span().length(), a.span().length())).toList();
    }

    /** The colour a passage is highlighted in: its first tag's that still exists (the page draws it so too). */
    public String passageColor(Annotation passage) {
        return HighlightSpans.colorOf(passage, tagColors);
    }

    /** Where the margin shows link icons, for the passages this pane shows now. */
    LinkGutter linkGutter() {
        return LinkGutter.of(passages, linked);
    }

    /** The selection widened to whole words, unless the user asked for exact characters (Alt held). */
    TextSpan snapped(TextSpan selection, boolean exact) {
        return exact || selection == null ? selection : WordSnap.snap(text.get(), selection);
    }

    public void find(String query) {
        List<TextSpan> found = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            Matcher m = Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text.get());
            while (m.find()) {
                found.add(new TextSpan(m.start(), m.end()));
            }
        }
        showMatches(found, 0);
    }

    /** Shows matches found elsewhere (a search of all sources) as this pane's, the one at {@code current} chosen. */
    public void showMatches(List<TextSpan> found, int current) {
        matches = List.copyOf(found);
        currentMatch.set(found.isEmpty() ? -1 : Math.max(0, Math.min(current, found.size() - 1)));
        afterFind();
    }

    /** Steps to the next (or previous) match, wrapping around. */
    public void step(boolean forward) {
        if (matches.isEmpty()) {
            return;
        }
        int n = matches.size();
        currentMatch.set((currentMatch.get() + (forward ? 1 : n - 1)) % n);
        afterFind();
    }

    private void afterFind() {
        int current = currentMatch.get();
        findStatus.set(matches.isEmpty() ? "No matches" : (current + 1) + " of " + matches.size());
        restyle();
        if (current >= 0) {
            reveal.set(null);
            reveal.set(matches.get(current));
        }
    }

    public List<TextSpan> matches() {
        return matches;
    }

    public List<Annotation> passages() {
        return passages;
    }

    public Set<Long> linkedPassageIds() {
        return new HashSet<>(linked);
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Annotation> selectedPassageProperty() {
        return selectedPassage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StyleSpans<HighlightStyle>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** Set to a span each time the view should scroll to it and select it. */
    public ReadOnlyObjectProperty<TextSpan> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** The text the user has selected with the mouse or keyboard, kept up to date by the view. */
    public ObjectProperty<TextSpan> textSelectionProperty() {
        return textSelection;
    }

    public ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty findStatusProperty() {
        return findStatus.getReadOnlyProperty();
    }
}
