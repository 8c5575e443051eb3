package org.marginalia.ui.page;

/** What a pane shows of a source that has pages: its text, its page, or both side by side. */
public enum PageMode {
    TEXT("Text", "Show the text only"),
    PAGE("Page", "Show the page only"),
    BOTH("Both", "Show the text and the page side by side");

    private final String label;
    private final String description;

    PageMode(String label, String description) {
        this.label = label;
        this.description = description;
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
