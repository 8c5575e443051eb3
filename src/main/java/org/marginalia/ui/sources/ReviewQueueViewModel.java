package org.marginalia.ui.sources;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marginalia.model.Annotation;
import org.marginalia.project.ReviewItem;
import org.marginalia.ui.compare.PaneReveal;
import org.marginalia.ui.compare.ToolContext;

/**
 * The review queue: passages that re-importing a changed source could not re-attach with confidence. For each the
 * user moves it to the best place found ("Accept candidate") or keeps it where it is ("Keep here").
 */
public final class ReviewQueueViewModel {

    private final ToolContext context;
    private final PaneReveal reveal;
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final ObservableList<ReviewItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public ReviewQueueViewModel(ToolContext context, PaneReveal reveal) {
        this.context = context;
        this.reveal = reveal;
    }

    public void load() {
        context.background().run("Reading the review queue", p -> context.project().passages().reviewQueue(),
                this::show);
    }

    private void show(List<ReviewItem> queue) {
        items.setAll(queue);
        summary.set(queue.isEmpty() ? "No passages wait for review."
                : queue.size() + (queue.size() == 1 ? " passage waits" : " passages wait")
                        + " for review after a source changed.");
    }

    /** Shows where the passage is now and, when there is one, the place re-anchoring suggests. */
    public void choose(ReviewItem item) {
        if (item == null) {
            return;
        }
        Annotation passage = item.passage();
        if (item.flag().hasCandidate()) {
            reveal.reveal(passage.documentId(), item.flag().candidate());
        } else {
            reveal.reveal(passage.documentId(), passage.span());
        }
    }

    /** Moves the passage to the suggested place and takes it off the queue. */
    public void acceptCandidate(ReviewItem item) {
        if (item == null || !item.flag().hasCandidate()) {
            return;
        }
        settle("Moving passage", item, () -> context.project().passages().acceptCandidate(item.passage().id()));
    }

    /** Keeps the passage where it is now and takes it off the queue. */
    public void keepHere(ReviewItem item) {
        if (item != null) {
            settle("Keeping passage", item, () -> context.project().passages().markReviewed(item.passage().id()));
        }
    }

    private void settle(String label, ReviewItem item, Supplier<Annotation> action) {
        context.background().run(label, p -> {
            Annotation settled = action.get();
            return new Settled(settled, context.project().passages().reviewQueue());
        }, done -> {
            show(done.queue());
            context.refresh().accept(() -> reveal.reveal(done.passage().documentId(), done.passage().span()));
        });
    }

    private record Settled(Annotation passage, List<ReviewItem> queue) {
    }

    public ObservableList<ReviewItem> items() {
        return itemsView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
