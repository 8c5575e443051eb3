package org.marginalia.ui.sources;

import java.nio.file.Files;
import java.util.prefs.Preferences;
import org.marginalia.model.CitationStyle;

/** The citation style chosen in the preferences, remembered between runs (java.util.prefs). */
public final class CitationStylePreference {

    private static final String KEY = "citationStyle";

    private final Preferences prefs;

    public CitationStylePreference(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's node; {@code marginalia.prefsNode} redirects it, as for the window state. */
    public static CitationStylePreference forUser() {
        String node = System.getProperty("marginalia.prefsNode", "org/marginalia/workbench");
        return new CitationStylePreference(Preferences.userRoot().node(node));
    }

    /** The remembered style; Chicago notes when none was chosen or the user's style file is gone. */
    public CitationStyle style() {
        CitationStyle saved = CitationStyle.named(prefs.get(KEY, CitationStyle.CHICAGO_NOTES.id()));
        return saved.file().map(Files::isRegularFile).orElse(true) ? saved : CitationStyle.CHICAGO_NOTES;
    }

    public void save(CitationStyle style) {
        prefs.put(KEY, style.reference());
    }
}
