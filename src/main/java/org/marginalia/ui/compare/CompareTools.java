package org.marginalia.ui.compare;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Tab;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The paraphrase-against-transcript tools of the window, "Check quotes" and "Find counterpart": each a panel in a
 * tab and a menu item that fills it from the panes and brings it forward.
 */
public final class CompareTools {

    private final ToolContext context;
    private final QuoteCheckViewModel quotes;
    private final CounterpartViewModel counterparts;
    private Tab quotesTab;
    private Tab counterpartsTab;
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
        this.align = new AlignViewModel(context);
    }

    /**
     * The layer of alignment connectors, to stack over the source panes: {@code new StackPane(panes, overlay)}.
     * It draws nothing until "Align Sentences" is checked.
     */
    public Node alignOverlay() {
        if (overlayNode == null) {
            overlay = new AlignOverlay(align);
            overlayNode = overlay.createView();
        }
        return overlayNode;
    }

    /** "Align Sentences" (Shortcut+Shift+A): connectors between aligned sentences of the first two panes. */
    public CheckMenuItem alignItem() {
        if (alignItem == null) {
            alignItem = new CheckMenuItem("Align Sentences", new FontIcon(Feather.GIT_COMMIT));
            alignItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
            alignItem.selectedProperty().bindBidirectional(align.enabledProperty());
        }
        return alignItem;
    }

    /** The "Quotes" tab: the quotations of the two sources side by side, each with its verdict against the other. */
    public Tab quotesTab() {
        if (quotesTab == null) {
            quotesTab = new Tab("Quotes", new QuoteCheckView(quotes).createView());
            quotesTab.setId("quotes-tab");
            quotesTab.setGraphic(new FontIcon(Feather.CHECK_SQUARE));
            quotesTab.setClosable(false);
        }
        return quotesTab;
    }

    /** The "Counterparts" tab: candidates for the selected passage in the other pane's source. */
    public Tab counterpartsTab() {
        if (counterpartsTab == null) {
            counterpartView = new CounterpartView(counterparts);
            counterpartsTab = new Tab("Counterparts", counterpartView.createView());
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

    /** "Check Quotes" (Shortcut+Shift+K) and "Find Counterpart" (Shortcut+K), for a Compare menu. */
    public List<MenuItem> menuItems() {
        return List.of(
                Tools.item("Find Counterpart", "Shortcut+K", Feather.GIT_PULL_REQUEST, this::findCounterpart),
                Tools.item("Check Quotes", "Shortcut+Shift+K", Feather.CHECK_SQUARE, this::checkQuotes));
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
