package org.marginalia.cli;

import java.io.PrintWriter;
import org.marginalia.model.PageProgress;

/**
 * Page progress of OCR as lines on stderr ("scan.tif: OCR page 2 of 5"), only when a person watches a terminal:
 * scripts that read stderr get errors and warnings only. The command line cannot be cancelled but by ending it.
 */
final class TerminalProgress implements PageProgress {

    private final PrintWriter err;
    private final String name;

    private TerminalProgress(PrintWriter err, String name) {
        this.err = err;
        this.name = name;
    }

    /** Progress lines for {@code file} when stderr is (as far as Java can tell) a terminal and not quieted. */
    static PageProgress forFile(PrintWriter err, String fileName, boolean quiet) {
        boolean terminal = System.console() != null;
        return quiet || !terminal ? PageProgress.NONE : new TerminalProgress(err, fileName);
    }

    @Override
    public void page(int page, int pages) {
        err.println("marginalia: " + name + ": OCR page " + page + " of " + pages);
        err.flush();
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
