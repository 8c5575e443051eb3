package org.marginalia.ui;

import java.util.ArrayList;
import java.util.List;
import org.marginalia.model.Document;

/**
 * Short titles for tight places (pane headers, the source list, the comparison strip). Long titles of the same
 * event tend to share their middle words, so the short form keeps what tells sources apart: who and when, or else
 * the start and the end of the title. The full title goes in a tooltip beside it.
 */
final class SourceTitles {

    /** About what a pane of 320 px shows in the header font. */
    static final int SHORT = 48;

    private SourceTitles() {
    }

    static String shortTitle(Document d) {
        return shorten(d.title(), d.metadata().author(), d.metadata().date(), SHORT);
    }

    static String shorten(String title, String author, String date, int max) {
        if (title.length() <= max) {
            return title;
        }
        List<String> who = new ArrayList<>();
        for (String part : List.of(author, date)) {
            if (part != null && !part.isBlank()) {
                who.add(part.strip());
            }
        }
        if (who.isEmpty()) {
            // Start and end: titles of one event share words in the middle more than at either end.
            int half = (max - 3) / 2;
            return toWord(title.substring(0, half)) + " … " + fromWord(title.substring(title.length() - half));
        }
        String lead = String.join(", ", who) + ": ";
        int room = Math.max(8, max - lead.length() - 1);
        return lead + toWord(title.substring(0, Math.min(title.length(), room))) + "…";
    }

    /** The tail of a title from its first whole word, so it does not start mid-word. */
    private static String fromWord(String tail) {
        int space = tail.indexOf(' ');
        return space > 0 && space < tail.length() / 2 ? tail.substring(space + 1) : tail;
    }

    private static String toWord(String head) {
        int space = head.lastIndexOf(' ');
        return space > head.length() / 2 ? head.substring(0, space) : head;
    }
}
