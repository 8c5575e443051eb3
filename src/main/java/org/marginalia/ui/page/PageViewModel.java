package org.marginalia.ui.page;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.marginalia.model.Document;
import org.marginalia.model.PageImage;
import org.marginalia.model.PageLayout;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordBox;
import org.marginalia.project.PageService;
import org.marginalia.ui.Background;

/**
 * The page side of one pane: which page of its source it shows, how large, and the page's words; whether the pane
 * shows text, page or both. Pages are read and drawn through {@link Background}, never on the FX thread.
 */
public final class PageViewModel {

    /** Sharp on a laptop screen at fit-width, and drawn within the bench's 150 ms a page. */
    static final int DPI = 150;
    static final double ZOOM_STEP = 1.25;
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;

    private final PageService pages;
    private final Background background;
    private final PageCache cache = new PageCache();
    private final ObjectProperty<PageMode> mode = new SimpleObjectProperty<>(this, "mode", PageMode.TEXT);
    private final ReadOnlyBooleanWrapper hasPages = new ReadOnlyBooleanWrapper(this, "hasPages");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", 0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 0);
    private final ReadOnlyObjectWrapper<PageImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private Document source;
    private List<PageLayout> layouts = List.of();
    private List<TextSpan> uncertain = List.of();
    /** The page being drawn now, or 0: asking for it again while it is drawn must not draw it twice. */
    private int drawing;

    public PageViewModel(PageService pages, Background background, PageMode initial) {
        this.pages = pages;
        this.background = background;
        this.mode.set(initial);
    }

    /** A new source in the pane: reads its pages and words, then shows {@code firstPage} and runs {@code then}. */
    void open(Document shown, Consumer<PageViewModel> then) {
        source = shown;
        layouts = List.of();
        uncertain = List.of();
        image.set(null);
        drawing = 0;
        page.set(0);
        pageCount.set(0);
        hasPages.set(false);
        if (shown == null) {
            then.accept(this);
            return;
        }
        background.run("Reading pages", p -> pages.pagesWithWords(shown.id()), read -> {
            if (source != shown) {
                return;
            }
            layouts = read;
            uncertain = UncertainWords.of(read);
            pageCount.set(read.size());
            hasPages.set(!read.isEmpty());
            if (!read.isEmpty()) {
                showPage(1);
            }
            then.accept(this);
        });
    }

    /** Shows a page (clamped to the source's pages), drawing it in the background unless it was drawn lately. */
    public void showPage(int wanted) {
        if (layouts.isEmpty()) {
            return;
        }
        int n = Math.max(1, Math.min(wanted, layouts.size()));
        if (n == page.get() && (image.get() != null || drawing == n)) {
            return;
        }
        page.set(n);
        Document shown = source;
        PageCache.Key key = new PageCache.Key(shown.sha256(), n, DPI);
        PageImage cached = cache.get(key);
        if (cached != null) {
            image.set(cached);
            return;
        }
        drawing = n;
        background.run("Drawing page " + n, p -> pages.render(shown.id(), n, DPI), drawn -> {
            cache.put(key, drawn);
            if (drawing == n) {
                drawing = 0;
            }
            if (source == shown && page.get() == n) {
                image.set(drawn);
            }
        });
    }

    public void nextPage() {
        showPage(page.get() + 1);
    }

    public void previousPage() {
        showPage(page.get() - 1);
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    /** Back to the page's full width filling the view. */
    public void fitWidth() {
        zoom.set(1);
    }

    /** The page that holds a character of the text, or the current page when the source has no page starts. */
    int pageOf(int offset) {
        if (source == null || source.pages().isEmpty()) {
            return page.get();
        }
        return source.pages().pageAt(offset);
    }

    /** Whether any of the shown page's text lies between two offsets (the text in view). */
    boolean shownPageWithin(int top, int bottom) {
        int n = page.get();
        if (source == null || source.pages().isEmpty() || n < 1) {
            return false;
        }
        int end = n < source.pages().pageCount() ? source.pages().startOf(n + 1) : Integer.MAX_VALUE;
        return startOf(n) <= bottom && end > top;
    }

    /** Where a page's text starts. */
    int startOf(int n) {
        return source == null || source.pages().isEmpty() ? 0 : source.pages().startOf(n);
    }

    /** The shown page's layout, if it has one. */
    Optional<PageLayout> layout() {
        int n = page.get();
        return n < 1 || n > layouts.size() ? Optional.empty() : Optional.of(layouts.get(n - 1));
    }

    /** The shown page's words, in text order. */
    List<WordBox> words() {
        return layout().map(PageLayout::words).orElse(List.of());
    }

    /** The source's uncertain words, in text order. */
    public List<TextSpan> uncertain() {
        return uncertain;
    }

    public ObjectProperty<PageMode> modeProperty() {
        return mode;
    }

    public ReadOnlyBooleanProperty hasPagesProperty() {
        return hasPages.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PageImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** 1 is the page's width filling the view. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }
}
