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

    void relayout() {
        if (main.getWidth() <= 0) {
            return;
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
        double total = main.getWidth();
        List<Double> dividers = new ArrayList<>();
        if (shown.library()) {
            dividers.add(libraryWidth / total);
        }
        if (shown.inspector()) {
            dividers.add(1 - inspectorWidth / total);
        }
        main.setDividerPositions(dividers.stream().mapToDouble(Double::doubleValue).toArray());
        libraryShown.set(shown.library());
        inspectorShown.set(shown.inspector());
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
