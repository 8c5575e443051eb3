package org.marginalia.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;

/** The source panes side by side, and synchronized scrolling between them. */
final class PanesView {

    private final WorkbenchViewModel vm;
    private final DoubleProperty fontSize;
    private final WindowState state;
    private final SplitPane split = new SplitPane();
    private final Map<SourcePaneModel, SourcePaneView> views = new HashMap<>();
    private final BooleanProperty synchronizedScrolling = new SimpleBooleanProperty(this, "sync", false);
    private boolean syncing;
    private BiFunction<Long, Long, List<AlignedPair>> alignedPairs = (lead, follow) -> List.of();

    PanesView(WorkbenchViewModel vm, DoubleProperty fontSize, WindowState state) {
        this.vm = vm;
        this.fontSize = fontSize;
        this.state = state;
    }

    Node createView() {
        split.setId("source-panes");
        vm.panes().addListener((ListChangeListener<SourcePaneModel>) c -> rebuild());
        rebuild();
        return split;
    }

    private void rebuild() {
        views.keySet().retainAll(vm.panes());
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < vm.panes().size(); i++) {
            SourcePaneModel model = vm.panes().get(i);
            SourcePaneView view = views.get(model);
            if (view == null) {
                view = new SourcePaneView(vm, model, fontSize, state);
                view.createView();
                views.put(model, view);
                InlineCssTextArea area = view.area();
                area.estimatedScrollYProperty().addListener((o, a, b) -> scrolled(model));
            }
            view.renumber(i);
            nodes.add(view.root());
        }
        split.getItems().setAll(nodes);
        double[] even = new double[Math.max(0, nodes.size() - 1)];
        for (int i = 0; i < even.length; i++) {
            even[i] = (i + 1) / (double) nodes.size();
        }
        split.setDividerPositions(even);
    }

    private void scrolled(SourcePaneModel lead) {
        if (!synchronizedScrolling.get() || syncing || lead.documentProperty().get() == null) {
            return;
        }
        syncing = true;
        try {
            InlineCssTextArea leadArea = views.get(lead).area();
            int top = views.get(lead).topOffset();
            for (SourcePaneModel other : vm.panes()) {
                if (other != lead && other.documentProperty().get() != null) {
                    InlineCssTextArea area = views.get(other).area();
                    int target = ScrollSync.map(top, leadArea.getLength(), area.getLength(), anchors(lead, other));
                    area.showParagraphAtTop(area.offsetToPosition(target,
                            Bias.Forward).getMajor());
                }
            }
        } finally {
            syncing = false;
        }
    }

    private List<ScrollSync.Anchor> anchors(SourcePaneModel lead, SourcePaneModel follow) {
        Map<Long, Annotation> leading = new HashMap<>();
        lead.passages().forEach(a -> leading.put(a.id(), a));
        Map<Long, Annotation> following = new HashMap<>();
        follow.passages().forEach(a -> following.put(a.id(), a));
        List<ScrollSync.Anchor> anchors = new ArrayList<>();
        Document leadSource = lead.documentProperty().get();
        Document followSource = follow.documentProperty().get();
        // Aligned sentences anchor the scrolling as links do, so it follows a shown alignment pair by pair.
        for (AlignedPair pair : alignedPairs.apply(leadSource.id(), followSource.id())) {
            anchors.add(new ScrollSync.Anchor(pair.a().start(), pair.b().start()));
        }
        for (Link link : vm.links()) {
            Annotation a = leading.getOrDefault(link.fromAnnotationId(), leading.get(link.toAnnotationId()));
            Annotation b = following.getOrDefault(link.toAnnotationId(), following.get(link.fromAnnotationId()));
            if (a != null && b != null) {
                anchors.add(new ScrollSync.Anchor(a.span().start(), b.span().start()));
            }
        }
        return anchors;
    }

    /** Where synchronised scrolling finds aligned sentence pairs between a leading and a following source. */
    void followAlignment(BiFunction<Long, Long, List<AlignedPair>> pairs) {
        this.alignedPairs = pairs;
    }

    BooleanProperty synchronizedScrollingProperty() {
        return synchronizedScrolling;
    }

    /** The pane view of the active pane, for find. */
    SourcePaneView active() {
        int index = Math.min(vm.activePane(), vm.panes().size() - 1);
        return views.get(vm.panes().get(index));
    }

    SplitPane split() {
        return split;
    }
}
