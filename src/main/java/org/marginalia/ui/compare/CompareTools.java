package org.marginalia.ui.compare;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Tab;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.Document;
import org.marginalia.model.ExportFormat;
import org.marginalia.ui.LazyTab;

/**
 * The paraphrase-against-transcript tools of the window, "Check quotes", "Find counterpart" and "Align sentences":
 * each a panel in a tab and a menu item that fills it from the panes and brings it forward.
 */
public final class CompareTools {

    private static final List<ExportFormat> ALIGNMENT_FORMATS = List.of(ExportFormat.CSV, ExportFormat.HTML,
            ExportFormat.MARKDOWN);

    private final ToolContext context;
    private final QuoteCheckViewModel quotes;
    private final CounterpartViewModel counterparts;
    private Tab quotesTab;
    private Tab counterpartsTab;
    private Tab alignmentTab;
    private CounterpartView counterpartView;
    private final AlignViewModel align;
    private AlignOverlay overlay;
    private Node overlayNode;
    private CheckMenuItem alignItem;

    public CompareTools(ToolContext context) {
        this.context = context;
        WindowPanes panes = context.panes();
        this.quotes = new QuoteCheckViewModel(context, panes);
        this.counterparts = new CounterpartViewModel(context, panes);
        this.align = new AlignViewModel(context, panes);
    }

    /**
     * The layer of alignment connectors, to stack over the source panes: {@code new StackPane(panes, overlay)}.
     * It draws nothing unless "Alignment Connectors" is checked.
     */
    public Node alignOverlay() {
        if (overlayNode == null) {
            overlay = new AlignOverlay(align);
            overlayNode = overlay.createView();
        }
        return overlayNode;
    }

    /** "Alignment Connectors": an option that draws the aligned pairs as lines over the panes. */
    public CheckMenuItem alignItem() {
        if (alignItem == null) {
            alignItem = new CheckMenuItem("Alignment Connectors", new FontIcon(Feather.GIT_COMMIT));
            alignItem.selectedProperty().bindBidirectional(align.connectorsProperty());
        }
        return alignItem;
    }

    /** The "Alignment" tab: the table of aligned sentences of the two sources side by side. */
    public Tab alignmentTab() {
        if (alignmentTab == null) {
            alignmentTab = LazyTab.of("Alignment", () -> new AlignView(align, this::exportAlignment).createView());
            alignmentTab.setId("alignment-tab");
            alignmentTab.setGraphic(new FontIcon(Feather.GIT_COMMIT));
            alignmentTab.setClosable(false);
        }
        return alignmentTab;
    }

    /** Aligns the sentences of the two sources side by side and shows the Alignment tab. */
    public void alignSentences() {
        Tools.select(alignmentTab());
        align.align();
    }

    /** Asks where to write the shown alignment, as CSV, HTML or Markdown, and writes it. */
    public void exportAlignment() {
        Document a = align.sourceAProperty().get();
        Document b = align.sourceBProperty().get();
        if (a == null || b == null) {
            return;
        }
        context.dialogs().chooseExportTarget("alignment", ALIGNMENT_FORMATS).ifPresent(target ->
                context.background().run("Exporting the alignment", p -> context.project().exports()
                        .exportAlignment(a.id(), b.id(), target.file(), target.format()),
                        rows -> context.dialogs().showInformation("Alignment exported",
                                rows + " rows written to " + target.file().getFileName() + ".")));
    }

    /** The "Quotes" tab: the quotations of the two sources side by side, each with its verdict against the other. */
    public Tab quotesTab() {
        if (quotesTab == null) {
            quotesTab = LazyTab.of("Quotes", () -> new QuoteCheckView(quotes).createView());
            quotesTab.setId("quotes-tab");
            quotesTab.setGraphic(new FontIcon(Feather.CHECK_SQUARE));
            quotesTab.setClosable(false);
        }
        return quotesTab;
    }

    /** The "Counterparts" tab: candidates for the selected passage in the other pane's source. */
    public Tab counterpartsTab() {
        if (counterpartsTab == null) {
            counterpartsTab = LazyTab.of("Counterparts", () -> {
                counterpartView = new CounterpartView(counterparts);
                return counterpartView.createView();
            });
            counterpartsTab.setId("counterparts-tab");
            counterpartsTab.setGraphic(new FontIcon(Feather.GIT_PULL_REQUEST));
            counterpartsTab.setClosable(false);
        }
        return counterpartsTab;
    }

    /** Checks the quotations of the two sources side by side, each against the other, and shows the Quotes tab. */
    public void checkQuotes() {
        Tools.select(quotesTab());
        quotes.checkPanes();
    }

    /** Finds counterparts of the active pane's selection in the other pane and shows the Counterparts tab. */
    public void findCounterpart() {
        Tools.select(counterpartsTab());
        counterparts.findFor(context.activePane().getAsInt());
        counterpartView.focus();
    }

    /** "Find Counterpart" (Shortcut+K), "Check Quotes" (Shortcut+Shift+K), "Align Sentences" (Shortcut+Shift+A). */
    public List<MenuItem> menuItems() {
        return List.of(
                Tools.item("Find Counterpart", "Shortcut+K", Feather.GIT_PULL_REQUEST, this::findCounterpart),
                Tools.item("Check Quotes", "Shortcut+Shift+K", Feather.CHECK_SQUARE, this::checkQuotes),
                Tools.item("Align Sentences", "Shortcut+Shift+A", Feather.GIT_COMMIT, this::alignSentences));
    }

    public AlignViewModel align() {
        return align;
    }

    /** The connectors layer, once {@link #alignOverlay} has made it (null before). */
    public AlignOverlay overlay() {
        return overlay;
    }

    public QuoteCheckViewModel quotes() {
        return quotes;
    }

    public CounterpartViewModel counterparts() {
        return counterparts;
    }
}
