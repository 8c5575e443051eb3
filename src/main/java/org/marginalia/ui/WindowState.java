package org.marginalia.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * What the window remembers between runs (java.util.prefs): size, split positions, open sources, theme, zoom,
 * recent projects. The node is passed in, so tests use their own.
 */
public final class WindowState {

    private static final int RECENT = 8;

    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's node; {@code marginalia.prefsNode} redirects it (screenshots, tests). */
    public static WindowState forUser() {
        String node = System.getProperty("marginalia.prefsNode", "org/marginalia/workbench");
        return new WindowState(Preferences.userRoot().node(node));
    }

    public double width() {
        return prefs.getDouble("width", 1440);
    }

    public double height() {
        return prefs.getDouble("height", 900);
    }

    /** The window's last bounds, or empty on a first start; a position is NaN when none was saved. */
    public Optional<Rectangle2D> savedBounds() {
        if (prefs.get("width", null) == null || prefs.get("height", null) == null) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(prefs.getDouble("x", Double.NaN), prefs.getDouble("y", Double.NaN),
                Math.max(0, width()), Math.max(0, height())));
    }

    public void savePosition(double x, double y) {
        prefs.putDouble("x", x);
        prefs.putDouble("y", y);
    }

    /** Whether a sidebar ("library", "inspector") or the comparison strip is shown; all are at first. */
    public boolean shown(String part) {
        return prefs.getBoolean("shown." + part, true);
    }

    public void saveShown(String part, boolean shown) {
        prefs.putBoolean("shown." + part, shown);
    }

    public boolean maximized() {
        return prefs.getBoolean("maximized", false);
    }

    public void saveSize(double width, double height, boolean maximized) {
        prefs.putBoolean("maximized", maximized);
        if (!maximized) {
            prefs.putDouble("width", width);
            prefs.putDouble("height", height);
        }
    }

    /** Dark when remembered so, or when {@code marginalia.theme=dark} asks for it. */
    public boolean dark() {
        String forced = System.getProperty("marginalia.theme");
        return forced != null ? forced.equalsIgnoreCase("dark") : prefs.getBoolean("dark", false);
    }

    public void saveDark(boolean dark) {
        prefs.putBoolean("dark", dark);
    }

    public double fontSize() {
        return prefs.getDouble("fontSize", 15);
    }

    public void saveFontSize(double size) {
        prefs.putDouble("fontSize", size);
    }

    /** What a pane showed of a source with pages (a {@code PageMode} name), or null when nothing was saved. */
    public String paneView(int position) {
        return prefs.get("paneView." + position, null);
    }

    public void savePaneView(int position, String mode) {
        prefs.put("paneView." + position, mode);
    }

    public double[] dividers(String split, double... defaults) {
        String saved = prefs.get("split." + split, "");
        double[] parsed = saved.isBlank() ? defaults
                : Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
        return parsed.length == defaults.length ? parsed : defaults;
    }

    public boolean hasDividers(String split) {
        return !prefs.get("split." + split, "").isBlank();
    }

    public void saveDividers(String split, double[] positions) {
        prefs.put("split." + split, String.join(",", Arrays.stream(positions).mapToObj(String::valueOf).toList()));
    }

    public List<Long> openSources(Path project) {
        String saved = prefs.get("open." + Integer.toHexString(project.toAbsolutePath().toString().hashCode()), "");
        return saved.isBlank() ? List.of() : Arrays.stream(saved.split(",")).map(Long::valueOf).toList();
    }

    public void saveOpenSources(Path project, List<Long> ids) {
        prefs.put("open." + Integer.toHexString(project.toAbsolutePath().toString().hashCode()),
                String.join(",", ids.stream().map(String::valueOf).toList()));
    }

    public List<Path> recentProjects() {
        String saved = prefs.get("recent", "");
        return saved.isBlank() ? List.of() : Arrays.stream(saved.split("\n")).map(Path::of).toList();
    }

    /** Puts the project first in the recent list; the first of the list is the project opened at the next start. */
    public void opened(Path project) {
        List<Path> recent = new ArrayList<>(recentProjects());
        Path absolute = project.toAbsolutePath();
        recent.remove(absolute);
        recent.add(0, absolute);
        prefs.put("recent", String.join("\n", recent.stream().limit(RECENT).map(Path::toString).toList()));
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Losing the window's size is not worth troubling the user with.
        }
    }
}
