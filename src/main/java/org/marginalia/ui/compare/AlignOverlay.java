package org.marginalia.ui.compare;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import org.fxmisc.richtext.GenericStyledArea;
import org.marginalia.model.AlignedPair;

/**
 * Connectors between aligned sentences, drawn on a transparent layer laid over the source panes. It finds the two
 * panes' text areas by their ids ({@code #source-area-0} and {@code #source-area-1}) and redraws as they scroll,
 * joining the start of each sentence on the left to the start of its counterpart on the right when both are in view.
 * An option: the alignment table is the way to read an alignment.
 */
public final class AlignOverlay {

    private final AlignViewModel model;
    private final Pane layer = new Pane();
    private GenericStyledArea<?, ?, ?> watchedLeft;
    private GenericStyledArea<?, ?, ?> watchedRight;

    public AlignOverlay(AlignViewModel model) {
        this.model = model;
    }

    /** The layer to stack over the panes, e.g. {@code new StackPane(panesNode, overlay.createView())}. */
    public Node createView() {
        layer.setId("align-overlay");
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        layer.getStylesheets().add(Tools.stylesheet());
        model.pairs().addListener((ListChangeListener<AlignedPair>) c -> redraw());
        model.connectorsProperty().addListener((o, a, b) -> redraw());
        layer.widthProperty().addListener((o, a, b) -> redraw());
        layer.heightProperty().addListener((o, a, b) -> redraw());
        return layer;
    }

    /** Draws the connectors for what the panes show now. */
    public void redraw() {
        layer.getChildren().clear();
        if (!model.connectorsProperty().get() || layer.getScene() == null) {
            return;
        }
        GenericStyledArea<?, ?, ?> left = area(0);
        GenericStyledArea<?, ?, ?> right = area(1);
        if (left == null || right == null) {
            return;
        }
        watch(left, right);
        Bounds leftBox = layer.screenToLocal(left.localToScreen(left.getBoundsInLocal()));
        Bounds rightBox = layer.screenToLocal(right.localToScreen(right.getBoundsInLocal()));
        if (leftBox == null || rightBox == null) {
            return;
        }
        for (AlignedPair pair : model.pairs()) {
            Optional<Double> from = lineY(left, pair.a().start(), pair.a().end());
            Optional<Double> to = lineY(right, pair.b().start(), pair.b().end());
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            double x1 = leftBox.getMaxX() - 6;
            double x2 = rightBox.getMinX() + 6;
            double y1 = Math.max(leftBox.getMinY(), Math.min(leftBox.getMaxY(), from.get()));
            double y2 = Math.max(rightBox.getMinY(), Math.min(rightBox.getMaxY(), to.get()));
            double bend = Math.max(20, (x2 - x1) / 2);
            CubicCurve curve = new CubicCurve(x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2);
            curve.getStyleClass().add("align-connector");
            Circle start = new Circle(x1, y1, 2.5);
            Circle end = new Circle(x2, y2, 2.5);
            start.getStyleClass().add("align-end");
            end.getStyleClass().add("align-end");
            curve.setOpacity(0.35 + 0.65 * pair.score());
            layer.getChildren().addAll(curve, start, end);
        }
    }

    private Optional<Double> lineY(GenericStyledArea<?, ?, ?> area, int start, int end) {
        if (end > area.getLength() || start >= end) {
            return Optional.empty();
        }
        return area.getCharacterBoundsOnScreen(start, Math.min(end, start + 1))
                .map(b -> layer.screenToLocal(new Point2D(b.getMinX(), (b.getMinY() + b.getMaxY()) / 2)))
                .map(Point2D::getY);
    }

    private GenericStyledArea<?, ?, ?> area(int pane) {
        Node node = layer.getScene().lookup("#source-area-" + pane);
        return node instanceof GenericStyledArea<?, ?, ?> area ? area : null;
    }

    /** Panes are rebuilt when sources change; the listeners follow whichever areas are there now. */
    private void watch(GenericStyledArea<?, ?, ?> left, GenericStyledArea<?, ?, ?> right) {
        if (left != watchedLeft) {
            left.estimatedScrollYProperty().addListener((o, a, b) -> redraw());
            left.widthProperty().addListener((o, a, b) -> redraw());
            watchedLeft = left;
        }
        if (right != watchedRight) {
            right.estimatedScrollYProperty().addListener((o, a, b) -> redraw());
            right.widthProperty().addListener((o, a, b) -> redraw());
            watchedRight = right;
        }
    }

    /** How many connectors are drawn now (for tests and the status bar). */
    public int connectorCount() {
        return (int) layer.getChildren().stream().filter(n -> n instanceof CubicCurve).count();
    }
}
