package org.marginalia.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;

/**
 * Turns a source's passages into RichTextFX style spans: a pure function, so it runs off the FX thread and is tested
 * without a toolkit. A sweep over every start and end point composes overlapping passages instead of letting one
 * hide the other.
 */
public final class HighlightSpans {

    private static final Comparator<Annotation> LAYERING = Comparator
            .comparingInt((Annotation a) -> a.span().start())
            .thenComparing(a -> -a.span().end())
            .thenComparingLong(Annotation::id);

    private HighlightSpans() {
    }

    /**
     * @param textLength length of the text in UTF-16 units; spans past it are clipped
     * @param passages the source's passages
     * @param tagColors colour of each tag by id
     * @param selectedId the selected passage, or 0
     * @param findMatches matches of the find bar, in order and not overlapping
     * @param currentFind index of the current match, or -1
     */
    public static StyleSpans<HighlightStyle> compute(int textLength, List<Annotation> passages,
            Map<Long, String> tagColors, long selectedId, List<TextSpan> findMatches, int currentFind) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, textLength));
        for (Annotation a : passages) {
            cuts.add(clip(a.span().start(), textLength));
            cuts.add(clip(a.span().end(), textLength));
        }
        for (TextSpan m : findMatches) {
            cuts.add(clip(m.start(), textLength));
            cuts.add(clip(m.end(), textLength));
        }
        List<Annotation> byStart = new ArrayList<>(passages);
        byStart.sort(LAYERING);
        // Outer (earlier, longer) passages first in the active set, so the innermost colour ends up last.
        TreeSet<Annotation> active = new TreeSet<>(LAYERING);
        PriorityQueue<Annotation> byEnd = new PriorityQueue<>(Comparator.comparingInt(a -> a.span().end()));
        StyleSpansBuilder<HighlightStyle> builder = new StyleSpansBuilder<>();
        int next = 0;
        int match = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            while (next < byStart.size() && byStart.get(next).span().start() <= from) {
                active.add(byStart.get(next));
                byEnd.add(byStart.get(next++));
            }
            while (!byEnd.isEmpty() && byEnd.peek().span().end() <= from) {
                active.remove(byEnd.poll());
            }
            while (match < findMatches.size() && findMatches.get(match).end() <= from) {
                match++;
            }
            boolean inMatch = match < findMatches.size() && findMatches.get(match).start() <= from;
            builder.add(styleOf(active, tagColors, selectedId, inMatch, inMatch && match == currentFind), to - from);
            from = to;
        }
        if (textLength == 0) {
            builder.add(HighlightStyle.NONE, 0);
        }
        return builder.create();
    }

    private static HighlightStyle styleOf(Collection<Annotation> active, Map<Long, String> tagColors,
            long selectedId, boolean match, boolean current) {
        if (active.isEmpty() && !match) {
            return HighlightStyle.NONE;
        }
        List<String> colors = new ArrayList<>(active.size());
        boolean selected = false;
        Annotation innermost = null;
        for (Annotation a : active) {
            colors.add(colorOf(a, tagColors));
            selected |= a.id() == selectedId;
            innermost = a;
        }
        return new HighlightStyle(colors, selected, match, current, stripesOf(innermost, tagColors));
    }

    /** Every tag colour of a passage with several tags, in the order the passage carries them; else none. */
    static List<String> stripesOf(Annotation a, Map<Long, String> tagColors) {
        if (a == null) {
            return List.of();
        }
        List<String> colors = a.tagIds().stream().map(tagColors::get).filter(c -> c != null).toList();
        return colors.size() > 1 ? colors : List.of();
    }

    /** A passage with several tags takes the colour of its first tag that still exists. */
    static String colorOf(Annotation a, Map<Long, String> tagColors) {
        return a.tagIds().stream().map(tagColors::get).filter(c -> c != null).findFirst()
                .orElse(HighlightStyle.UNTAGGED);
    }

    private static int clip(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }
}
