package org.marginalia.ui.sources;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.ui.LazyTab;
import org.marginalia.ui.LinkOpener;
import org.marginalia.ui.compare.ToolContext;
import org.marginalia.ui.compare.Tools;

/**
 * The source tools of the window: editing a source's details, copying a passage's citation, and the review queue
 * after a source was re-imported.
 */
public final class SourceTools {

    private final ToolContext context;
    private final ReviewQueueViewModel review;
    private Consumer<String> clipboard = SourceTools::toClipboard;
    private Consumer<String> zotero = LinkOpener::open;
    private Tab reviewTab;
    private final CitationStyleMenu citationStyles;

    public SourceTools(ToolContext context) {
        this(context, CitationStylePreference.forUser());
    }

    public SourceTools(ToolContext context, CitationStylePreference citationStyle) {
        this.context = context;
        this.review = new ReviewQueueViewModel(context, context.panes());
        this.citationStyles = new CitationStyleMenu(context, citationStyle);
        citationStyles.applySaved();
    }

    /** The "Review" tab; it reads the queue when first shown and again each time it is brought forward. */
    public Tab reviewTab() {
        if (reviewTab == null) {
            reviewTab = LazyTab.of("Review", () -> new ReviewQueueView(review).createView());
            reviewTab.setId("review-tab");
            reviewTab.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
            reviewTab.setClosable(false);
            reviewTab.setOnSelectionChanged(e -> {
                if (reviewTab.isSelected()) {
                    review.load();
                }
            });
        }
        return reviewTab;
    }

    public void showReviewQueue() {
        Tools.select(reviewTab());
        review.load();
    }

    private Document activeSource() {
        Document source = context.panes().documentIn(context.activePane().getAsInt());
        return source != null ? source : context.panes().documentIn(context.panes().otherPane(-1));
    }

    /** Shows the active pane's source in Zotero ({@code zotero://select/…}) when it came from there. */
    public void openInZotero() {
        Document source = activeSource();
        if (source == null) {
            context.dialogs().showInformation("Open in Zotero", "Open a source in a pane first.");
            return;
        }
        context.background().run("Finding the Zotero item", p -> context.project().citations().details(source.id()),
                details -> {
                    if (details.inZotero()) {
                        zotero.accept(details.zoteroSelectLink());
                    } else {
                        context.dialogs().showInformation("Open in Zotero", "This source was not imported from "
                                + "Zotero, so there is no Zotero item to show.");
                    }
                });
    }

    /** Where Zotero links go (tests stand in for the system). */
    public void setLinkOpener(Consumer<String> opener) {
        this.zotero = opener;
    }

    public CitationStyleMenu citationStyles() {
        return citationStyles;
    }

    /** Opens the details form of the active pane's source; saving is one undoable change. */
    public void editSourceDetails() {
        Document source = activeSource();
        if (source == null) {
            context.dialogs().showInformation("Source details", "Open a source in a pane first.");
            return;
        }
        SourceMetadataViewModel model = new SourceMetadataViewModel(context);
        model.load(source.id());
        Dialog<ButtonType> dialog = new Dialog<>();
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(dialog::initOwner);
        dialog.setTitle("Source details");
        dialog.setHeaderText(Tools.shorten(source.title(), 80));
        SourceMemoField memo = new SourceMemoField(context, source.id());
        dialog.getDialogPane().setContent(new VBox(10, new SourceMetadataForm(model).createView(),
                memo.createView()));
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("meta-save");
        dialog.showAndWait().filter(b -> b == save).ifPresent(b -> {
            model.save(() -> { });
            memo.save();
        });
    }

    /**
     * Copies the whole citation of the current passage (source details and the page it starts on), in the chosen
     * style, to the clipboard, and says in the status bar what was copied.
     */
    public void copyCitation() {
        Annotation passage = context.window().selectedProperty().get();
        if (passage == null) {
            context.window().notice("Copy Citation: select a passage first (click a highlight)");
            return;
        }
        context.background().run("Citing", p -> context.project().sources().citation(passage.id()), citation -> {
            clipboard.accept(citation);
            context.window().notice("Copied citation: " + citation.replaceAll("\\s+", " ").strip());
        });
    }

    /** Where copied citations go (tests stand in for the clipboard). */
    public void setClipboard(Consumer<String> clipboard) {
        this.clipboard = clipboard;
    }

    private static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * "Source Details…", "Copy Citation" (Shortcut+Shift+C), the citation style, "Open in Zotero" and "Review
     * Queue", for a Source menu.
     */
    public List<MenuItem> menuItems() {
        return List.of(
                Tools.item("Source Details…", "Shortcut+Shift+I", Feather.EDIT, this::editSourceDetails),
                Tools.item("Copy Citation", "Shortcut+Shift+C", Feather.CLIPBOARD, this::copyCitation),
                citationStyles.createMenu(),
                Tools.item("Open in Zotero", null, Feather.EXTERNAL_LINK, this::openInZotero),
                Tools.item("Review Queue", null, Feather.ALERT_TRIANGLE, this::showReviewQueue));
    }

    public ReviewQueueViewModel review() {
        return review;
    }
}
