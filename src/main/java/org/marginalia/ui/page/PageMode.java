package org.marginalia.ui.page;

import org.kordamp.ikonli.feather.Feather;

/** What a pane shows of a source that has pages: its text, its page, or both side by side. */
public enum PageMode {
    TEXT("Text", "Show the text only", Feather.ALIGN_LEFT),
    PAGE("Page", "Show the page only", Feather.FILE),
    BOTH("Both", "Show the text and the page side by side", Feather.COLUMNS);

    private final String label;
    private final String description;
    private final Feather icon;

    PageMode(String label, String description, Feather icon) {
        this.label = label;
        this.description = description;
        this.icon = icon;
    }

    Feather icon() {
        return icon;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The saved word back as a mode; text for anything unknown (a first start, a newer version's word). */
    public static PageMode fromSaved(String saved) {
        for (PageMode mode : values()) {
            if (mode.name().equals(saved)) {
                return mode;
            }
        }
        return TEXT;
    }

    boolean showsText() {
        return this != PAGE;
    }

    boolean showsPage() {
        return this != TEXT;
    }
}
