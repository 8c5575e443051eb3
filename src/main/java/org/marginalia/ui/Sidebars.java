package org.marginalia.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The library on the left and the inspector on the right, either of which the user can hide (the choice is
 * remembered). When the window is too narrow for every source pane to keep {@link #MIN_PANE} pixels, the library
 * folds away first, then the inspector, before any pane shrinks; they come back when there is room again.
 */
final class Sidebars {

    static final double MIN_PANE = 320;
    static final double LIBRARY_WIDTH = 230;
    static final double INSPECTOR_WIDTH = 330;

    /** Which sidebars show. */
    record Shown(boolean library, boolean inspector) {
    }

    private final SplitPane main;
    private final Node library;
    private final Node centre;
    private final Node inspector;
    private final IntSupplier paneCount;
    private final WindowState state;
    private final BooleanProperty libraryWanted;
    private final BooleanProperty inspectorWanted;
    private final ReadOnlyBooleanWrapper libraryShown = new ReadOnlyBooleanWrapper(this, "libraryShown", true);
    private final ReadOnlyBooleanWrapper inspectorShown = new ReadOnlyBooleanWrapper(this, "inspectorShown", true);
    private boolean libraryForced;
    private boolean inspectorForced;
    private double libraryWidth = LIBRARY_WIDTH;
    private double inspectorWidth = INSPECTOR_WIDTH;
    /** Whether the first layout sizes the sidebars in pixels (no split positions saved from an earlier run). */
    private boolean sizeOnFirstLayout;

    Sidebars(SplitPane main, Node library, Node centre, Node inspector, IntSupplier paneCount, WindowState state) {
        this.main = main;
        this.library = library;
        this.centre = centre;
        this.inspector = inspector;
        this.paneCount = paneCount;
        this.state = state;
        this.libraryWanted = new SimpleBooleanProperty(state.shown("library"));
        this.inspectorWanted = new SimpleBooleanProperty(state.shown("inspector"));
        main.widthProperty().addListener((o, a, b) -> relayout());
    }

    /**
     * Which sidebars fit: each pane keeps {@link #MIN_PANE}; the inspector is kept longer than the library, since
     * tags also work by key while the passage in hand shows only in the inspector. A forced sidebar (the user asked
     * for it on a small screen) shows anyway.
     */
    static Shown decide(double width, int panes, boolean libraryWanted, boolean inspectorWanted,
            boolean libraryForced, boolean inspectorForced) {
        double room = width - Math.max(1, panes) * MIN_PANE;
        boolean inspector = inspectorWanted && (inspectorForced || room >= INSPECTOR_WIDTH);
        double left = room - (inspector ? INSPECTOR_WIDTH : 0);
        boolean library = libraryWanted && (libraryForced || left >= LIBRARY_WIDTH);
        return new Shown(library, inspector);
    }

    /**
     * Sidebar widths for a first start: a share of the window within bounds, so a wide screen gives its extra
     * width to the source panes rather than to the inspector.
     */
    static double[] firstWidths(double width) {
        return new double[] {Math.max(LIBRARY_WIDTH, Math.min(300, width * 0.14)),
            Math.max(INSPECTOR_WIDTH, Math.min(480, width * 0.22))};
    }

    /** Asks the first layout to size the sidebars by {@link #firstWidths}. */
    void sizeOnFirstLayout() {
        sizeOnFirstLayout = true;
    }

    void relayout() {
        if (main.getWidth() <= 0) {
            return;
        }
        if (sizeOnFirstLayout) {
            sizeOnFirstLayout = false;
            double[] widths = firstWidths(main.getWidth());
            libraryWidth = widths[0];
            inspectorWidth = widths[1];
            place(libraryShown.get(), inspectorShown.get());
        }
        Shown shown = decide(main.getWidth(), paneCount.getAsInt(), libraryWanted.get(), inspectorWanted.get(),
                libraryForced, inspectorForced);
        if (shown.library() == libraryShown.get() && shown.inspector() == inspectorShown.get()) {
            return;
        }
        rememberWidths();
        List<Node> items = new ArrayList<>();
        if (shown.library()) {
            items.add(library);
        }
        items.add(centre);
        if (shown.inspector()) {
            items.add(inspector);
        }
        main.getItems().setAll(items);
        place(shown.library(), shown.inspector());
        libraryShown.set(shown.library());
        inspectorShown.set(shown.inspector());
    }

    private void place(boolean withLibrary, boolean withInspector) {
        double total = main.getWidth();
        List<Double> dividers = new ArrayList<>();
        if (withLibrary) {
            dividers.add(libraryWidth / total);
        }
        if (withInspector) {
            dividers.add(1 - inspectorWidth / total);
        }
        main.setDividerPositions(dividers.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private void rememberWidths() {
        if (libraryShown.get() && library.getLayoutBounds().getWidth() > 0) {
            libraryWidth = library.getLayoutBounds().getWidth();
        }
        if (inspectorShown.get() && inspector.getLayoutBounds().getWidth() > 0) {
            inspectorWidth = inspector.getLayoutBounds().getWidth();
        }
    }

    /** Shows the library when hidden (even without room: the user asked), hides it when shown. */
    void toggleLibrary() {
        boolean show = !libraryShown.get();
        libraryWanted.set(show);
        libraryForced = show;
        state.saveShown("library", show);
        relayout();
    }

    void toggleInspector() {
        boolean show = !inspectorShown.get();
        inspectorWanted.set(show);
        inspectorForced = show;
        state.saveShown("inspector", show);
        relayout();
    }

    ReadOnlyBooleanProperty libraryShownProperty() {
        return libraryShown.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty inspectorShownProperty() {
        return inspectorShown.getReadOnlyProperty();
    }
}
