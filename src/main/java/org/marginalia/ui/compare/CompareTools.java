package org.marginalia.ui.compare;

import java.util.List;
import javafx.scene.control.MenuItem;
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

    public CompareTools(ToolContext context) {
        this.context = context;
        WindowPanes panes = context.panes();
        this.quotes = new QuoteCheckViewModel(context, panes);
        this.counterparts = new CounterpartViewModel(context, panes);
    }

    /** The "Quotes" tab: each quotation of the left source with its verdict against the right one. */
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

    /** Checks the left pane's quotations against the right pane's source and shows the Quotes tab. */
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

    public QuoteCheckViewModel quotes() {
        return quotes;
    }

    public CounterpartViewModel counterparts() {
        return counterparts;
    }
}
