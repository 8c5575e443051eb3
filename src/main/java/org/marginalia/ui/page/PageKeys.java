package org.marginalia.ui.page;

import java.util.function.IntSupplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.InlineCssTextArea;
import org.marginalia.ui.WorkbenchViewModel;

/**
 * The keys of the page side: F8 steps to the next uncertain word (in the text and on the page); on the page,
 * Ctrl+= / Ctrl+- / Ctrl+0 zoom it (instead of the text), Page Up / Page Down turn it, and the tag keys and Enter
 * mark what was selected on it, as they do in the text.
 */
final class PageKeys {

    /** Not taken by any menu, and the key editors use for "next problem". */
    static final KeyCode NEXT_UNCERTAIN = KeyCode.F8;

    private PageKeys() {
    }

    static void install(Node sheet, InlineCssTextArea area, PageViewModel model, Runnable nextUncertain,
            WorkbenchViewModel vm, IntSupplier position) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == NEXT_UNCERTAIN && !e.isShortcutDown()) {
                nextUncertain.run();
                e.consume();
            }
        });
        sheet.setFocusTraversable(true);
        sheet.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (onPage(e, model, nextUncertain, vm, position.getAsInt())) {
                e.consume();
            }
        });
    }

    private static boolean onPage(KeyEvent e, PageViewModel model, Runnable nextUncertain, WorkbenchViewModel vm,
            int pane) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            switch (code) {
                case EQUALS, PLUS, ADD -> model.zoomIn();
                case MINUS, SUBTRACT -> model.zoomOut();
                case DIGIT0, NUMPAD0 -> model.fitWidth();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (code == NEXT_UNCERTAIN) {
            nextUncertain.run();
            return true;
        }
        switch (code) {
            case PAGE_DOWN -> model.nextPage();
            case PAGE_UP -> model.previousPage();
            case ENTER -> vm.passages().markPassage(pane);
            default -> {
                String key = e.getText();
                return !e.isAltDown() && key != null && key.length() == 1 && vm.passages().applyTagByKey(pane, key);
            }
        }
        return true;
    }
}
