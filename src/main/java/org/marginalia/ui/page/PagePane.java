package org.marginalia.ui.page;

import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.ui.SourcePaneModel;
import org.marginalia.ui.WindowState;
import org.marginalia.ui.WorkbenchViewModel;

/**
 * The page beside a pane's text: the Text / Page / Both switch, the page view, and what ties them together (the page
 * follows the text, a page turned scrolls the text, a click or drag on the page selects in the text, and selected
 * text is marked on the page). Sources without pages show the text alone and no switch.
 */
public final class PagePane {

    /** In Both, the text takes a little less than half: a page needs width to be legible, text wraps. */
    private static final double TEXT_SHARE = 0.45;

    private final WorkbenchViewModel vm;
    private final SourcePaneModel pane;
    private final InlineCssTextArea area;
    private final IntSupplier position;
    private final IntSupplier topOffset;
    private final Runnable restyle;
    private final WindowState state;
    private final PageViewModel model;
    private final PageView view;
    private final PageModeSwitch modeSwitch;
    private final StackPane body = new StackPane();
    private final SplitPane both = new SplitPane();
    private Node text;
    private boolean following;
    private boolean turning;

    /**
     * @param context   where the pane's source comes from, its text and how to restyle that text
     * @param topOffset where the text at the top of the text view starts
     */
    public PagePane(PaneContext context, IntSupplier topOffset, WindowState state) {
        this.vm = context.vm();
        this.pane = context.pane();
        this.area = context.area();
        this.position = context.position();
        this.restyle = context.restyle();
        this.topOffset = topOffset;
        this.state = state;
        this.model = new PageViewModel(context.pages(), context.background(),
                PageMode.fromSaved(state.paneView(position.getAsInt())));
        this.view = new PageView(model);
        this.modeSwitch = new PageModeSwitch(model.modeProperty());
    }

    /** The switch for the pane's header; hidden for sources without pages. */
    public Node modeSwitch() {
        Node node = modeSwitch.createView();
        node.visibleProperty().bind(model.hasPagesProperty());
        node.managedProperty().bind(model.hasPagesProperty());
        return node;
    }

    /** True while the page is on screen (its own bar then says which page it is). */
    public BooleanBinding pageShown() {
        return Bindings.createBooleanBinding(() -> model.hasPagesProperty().get()
                && model.modeProperty().get().showsPage(), model.hasPagesProperty(), model.modeProperty());
    }

    /** The pane's body: the text view as given, the page, or both side by side. */
    public Node wrap(Node textView) {
        text = textView;
        view.createView();
        both.getStyleClass().add("page-split");
        bind();
        arrange();
        return body;
    }

    private void bind() {
        model.modeProperty().addListener((o, a, mode) -> {
            state.savePaneView(position.getAsInt(), mode.name());
            arrange();
            follow(area.getCaretPosition());
        });
        model.hasPagesProperty().addListener((o, a, has) -> arrange());
        pane.documentProperty().addListener((o, a, d) -> open(d));
        pane.highlightsProperty().addListener((o, a, spans) -> mark());
        pane.textSelectionProperty().addListener((o, a, selection) -> mark());
        model.imageProperty().addListener((o, a, image) -> mark());
        model.pageProperty().addListener((o, a, page) -> turned(page.intValue()));
        area.caretPositionProperty().addListener((o, a, caret) -> follow(caret));
        area.estimatedScrollYProperty().addListener((o, a, b) -> scrolled());
        view.onClick(this::clicked);
        view.onRegion(this::region);
        PageKeys.install(view.sheet(), area, model, this::nextUncertain, vm, position);
        open(pane.documentProperty().get());
    }

    private void open(Document d) {
        model.open(d, m -> {
            restyle.run();
            mark();
        });
    }

    private void arrange() {
        PageMode mode = model.hasPagesProperty().get() ? model.modeProperty().get() : PageMode.TEXT;
        if (mode == PageMode.BOTH) {
            both.getItems().setAll(text, view.root());
            body.getChildren().setAll(both);
            both.setDividerPositions(TEXT_SHARE);
        } else {
            both.getItems().clear();
            body.getChildren().setAll(mode.showsPage() ? view.root() : text);
        }
    }

    /** The page shows where the text is (its caret, or the first line in view), unless the user turned it. */
    private void follow(int offset) {
        if (!model.hasPagesProperty().get() || !model.modeProperty().get().showsPage()) {
            return;
        }
        following = true;
        try {
            model.showPage(model.pageOf(offset));
        } finally {
            following = false;
        }
    }

    /**
     * The text scrolled: the page follows its first line in view, unless the page shown is still in view (a page
     * turned on a short text that cannot scroll there stays turned).
     */
    private void scrolled() {
        int top = topOffset.getAsInt();
        Double total = area.totalHeightEstimateProperty().getValue();
        int bottom = total == null || total <= 0 ? area.getLength()
                : (int) Math.min(area.getLength(), (area.getEstimatedScrollY() + area.getHeight()) / total
                        * area.getLength());
        if (!turning && !model.shownPageWithin(top, bottom)) {
            follow(top);
        }
    }

    /** A page turned by the user scrolls the text to where that page starts. */
    private void turned(int page) {
        mark();
        if (following || page < 1 || model.modeProperty().get() != PageMode.BOTH) {
            return;
        }
        int start = Math.min(model.startOf(page), area.getLength());
        turning = true;
        area.showParagraphAtTop(area.offsetToPosition(start, Bias.Forward).getMajor());
        // The scroll is reported after the next layout; until then it is ours, not the user's.
        Platform.runLater(() -> turning = false);
    }

    private void mark() {
        Annotation selected = pane.selectedPassageProperty().get();
        view.draw(PageMarks.of(model.words(), pane.passages(), pane::passageColor,
                selected == null ? 0 : selected.id(), pane.textSelectionProperty().get(), model.uncertain()));
    }

    private void clicked(Point2D at) {
        int index = position.getAsInt();
        PageMarks.passageAt(model.words(), pane.passages(), at.getX(), at.getY()).ifPresentOrElse(
                passage -> vm.selectPassage(index, passage),
                () -> PageGeometry.wordAt(model.words(), at.getX(), at.getY())
                        .ifPresent(word -> vm.clickAt(index, word.start())));
    }

    private void region(PageBox region) {
        PageGeometry.spanIn(model.words(), region).ifPresent(span -> area.selectRange(span.start(), span.end()));
    }

    /** Selects the next word OCR was unsure of, after the caret; the page follows to show it. */
    void nextUncertain() {
        UncertainWords.next(model.uncertain(), area.getSelection().getStart()).ifPresent(word -> {
            area.selectRange(word.start(), word.end());
            area.requestFollowCaret();
        });
    }

    /** The text's highlighting with the uncertain words underlined in dots. */
    public StyleSpans<String> withUncertainWords(StyleSpans<String> css) {
        return UncertainWords.overlay(css, model.uncertain());
    }

    /** Ids follow the pane's position. */
    public void renumber(int index) {
        view.renumber(index);
        modeSwitch.renumber(index);
    }

    public PageViewModel model() {
        return model;
    }
}
