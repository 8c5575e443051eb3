package org.marginalia.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordDiff;
import org.marginalia.model.WordDiff.Change;
import org.marginalia.model.WordDiff.Piece;

/**
 * What a correction changed between two versions of a source's text, word by word, and how offsets into the old
 * text move into the new one.
 *
 * <p>Both texts are cut into tokens (words, with inner apostrophes and hyphens, and single punctuation marks), which
 * java-diff-utils' Myers diff compares exactly (no case or typography folding: a corrected quote mark is a change).
 * A token the diff keeps is <em>unchanged</em>; a changed run with as many tokens on each side pairs them one to one
 * (<em>replaced</em>, as when OCR's "tbe" is corrected to "the"), and in an uneven run alike tokens pair up in order;
 * every other token was deleted or inserted.
 * Offsets are mapped through anchors at the ends of unchanged and replaced tokens: exactly inside unchanged tokens,
 * elsewhere keeping their distance from the anchor before them (never passing the next one), so the map never
 * decreases.
 */
public final class TextRevision {

    /** How the word boxes of a source's pages came through a correction. */
    public record RemappedPages(List<PageLayout> pages, int kept, int corrected, int dropped) {
        public RemappedPages {
            pages = List.copyOf(pages);
        }
    }

    /** Changed runs longer than this (old tokens times new ones) are not searched for alike pairs. */
    private static final long MAX_PAIRING = 40_000;

    private final String before;
    private final String after;
    private final Tokens old;
    private final Tokens now;
    /** For each old token: the new token it is (or replaces), or -1 when it was deleted. */
    private final int[] counterpart;
    private final boolean[] replaced;
    private final int[] anchorOld;
    private final int[] anchorNew;

    private TextRevision(String before, String after) {
        this.before = before;
        this.after = after;
        this.old = Tokens.of(before);
        this.now = Tokens.of(after);
        this.counterpart = new int[old.size()];
        this.replaced = new boolean[old.size()];
        Arrays.fill(counterpart, -1);
        match();
        List<int[]> anchors = new ArrayList<>();
        anchors.add(new int[] {0, 0});
        for (int i = 0; i < old.size(); i++) {
            if (counterpart[i] >= 0) {
                anchors.add(new int[] {old.start(i), now.start(counterpart[i])});
                anchors.add(new int[] {old.end(i), now.end(counterpart[i])});
            }
        }
        anchors.add(new int[] {before.length(), after.length()});
        anchorOld = anchors.stream().mapToInt(a -> a[0]).toArray();
        anchorNew = anchors.stream().mapToInt(a -> a[1]).toArray();
    }

    /** The revision from {@code before} to {@code after}. */
    public static TextRevision between(String before, String after) {
        return new TextRevision(before, after);
    }

    private void match() {
        int prefix = 0;
        while (prefix < old.size() && prefix < now.size() && old.key(prefix).equals(now.key(prefix))) {
            counterpart[prefix] = prefix;
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < now.size() - prefix
                && old.key(old.size() - 1 - suffix).equals(now.key(now.size() - 1 - suffix))) {
            counterpart[old.size() - 1 - suffix] = now.size() - 1 - suffix;
            suffix++;
        }
        List<String> a = old.keys().subList(prefix, old.size() - suffix);
        List<String> b = now.keys().subList(prefix, now.size() - suffix);
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int from = delta.getSource().getPosition();
            for (; i < from; i++, j++) {
                counterpart[prefix + i] = prefix + j;
            }
            int size = delta.getSource().size();
            pairReplaced(prefix + from, size, prefix + delta.getTarget().getPosition(), delta.getTarget().size());
            i = from + size;
            j = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        for (; i < a.size(); i++, j++) {
            counterpart[prefix + i] = prefix + j;
        }
    }

    /**
     * Pairs the tokens of one changed run: one to one when both sides have as many; otherwise the most pairs of
     * alike tokens (at most half of the longer one edited, as "tbe" and "the") in order, so a corrected word next to
     * an inserted one still keeps its box.
     */
    private void pairReplaced(int oldFrom, int oldSize, int newFrom, int newSize) {
        if (oldSize == newSize) {
            for (int k = 0; k < oldSize; k++) {
                counterpart[oldFrom + k] = newFrom + k;
                replaced[oldFrom + k] = true;
            }
            return;
        }
        if (oldSize == 0 || newSize == 0 || (long) oldSize * newSize > MAX_PAIRING) {
            return;
        }
        int[][] best = new int[oldSize + 1][newSize + 1];
        for (int a = oldSize - 1; a >= 0; a--) {
            for (int b = newSize - 1; b >= 0; b--) {
                int pair = alike(old.key(oldFrom + a), now.key(newFrom + b)) ? 1 + best[a + 1][b + 1] : 0;
                best[a][b] = Math.max(pair, Math.max(best[a + 1][b], best[a][b + 1]));
            }
        }
        int a = 0;
        int b = 0;
        while (a < oldSize && b < newSize) {
            if (alike(old.key(oldFrom + a), now.key(newFrom + b)) && best[a][b] == 1 + best[a + 1][b + 1]) {
                counterpart[oldFrom + a] = newFrom + b;
                replaced[oldFrom + a] = true;
                a++;
                b++;
            } else if (best[a + 1][b] >= best[a][b + 1]) {
                a++;
            } else {
                b++;
            }
        }
    }

    private static boolean alike(String a, String b) {
        return 2 * ApproximateMatcher.distance(a, b) <= Math.max(a.length(), b.length());
    }

    /**
     * Where an offset of the old text (0 to its length) lies in the new text, as the start of what follows it: text
     * inserted at that offset comes before it.
     */
    public int map(int offset) {
        int at = Arrays.binarySearch(anchorOld, offset);
        if (at >= 0) {
            while (at + 1 < anchorOld.length && anchorOld[at + 1] == offset) {
                at++;
            }
            return anchorNew[at];
        }
        return between(at, offset);
    }

    /** The same as {@link #map}, as the end of what precedes the offset: text inserted there comes after it. */
    public int mapEnd(int offset) {
        int at = Arrays.binarySearch(anchorOld, offset);
        if (at >= 0) {
            while (at > 0 && anchorOld[at - 1] == offset) {
                at--;
            }
            return anchorNew[at];
        }
        return between(at, offset);
    }

    private int between(int at, int offset) {
        int below = -at - 2;
        int above = below + 1;
        return anchorNew[below] + Math.min(offset - anchorOld[below], anchorNew[above] - anchorNew[below]);
    }

    /** The page starts of the old text moved into the new one; pages whose text was deleted become empty. */
    public PageStarts map(PageStarts pages) {
        int[] starts = pages.toArray();
        for (int i = 0; i < starts.length; i++) {
            // Text put before the first page's words still belongs to the first page.
            starts[i] = i == 0 && starts[i] == 0 ? 0 : Math.max(i == 0 ? 0 : starts[i - 1], map(starts[i]));
        }
        return PageStarts.of(starts);
    }

    /**
     * The pages with their word boxes moved to the new text. A box over unchanged words keeps its word and
     * confidence at its new offsets; a box over a replaced word takes the corrected word with confidence 1 (a person
     * read it, and the box still frames the same word on the page); a box over deleted or rewritten words is dropped.
     */
    public RemappedPages remap(List<PageLayout> pages) {
        List<PageLayout> out = new ArrayList<>();
        int kept = 0;
        int corrected = 0;
        int dropped = 0;
        for (PageLayout page : pages) {
            List<WordBox> words = new ArrayList<>();
            for (WordBox box : page.words()) {
                WordBox moved = remap(box);
                if (moved == null) {
                    dropped++;
                } else {
                    words.add(moved);
                    if (moved.word().equals(box.word()) && moved.confidence() == box.confidence()) {
                        kept++;
                    } else {
                        corrected++;
                    }
                }
            }
            out.add(PageLayout.of(page.page(), page.width(), page.height(), page.unit(), page.origin(), words));
        }
        return new RemappedPages(out, kept, corrected, dropped);
    }

    private WordBox remap(WordBox box) {
        if (box.end() > before.length()) {
            return null;
        }
        int first = old.firstEndingAfter(box.start());
        boolean anyReplaced = false;
        boolean any = false;
        for (int t = first; t < old.size() && old.start(t) < box.end(); t++) {
            any = true;
            if (counterpart[t] < 0) {
                return null;
            }
            if (replaced[t]) {
                // A replaced token only carries a box that takes it whole: its inner offsets mean nothing now.
                if (box.start() > old.start(t) || box.end() < old.end(t)) {
                    return null;
                }
                anyReplaced = true;
            }
        }
        if (!any) {
            return null;
        }
        int start = map(box.start());
        int end = mapEnd(box.end());
        if (end <= start) {
            return null;
        }
        String word = after.substring(start, end);
        if (!anyReplaced) {
            return word.equals(box.word()) || word.equals(before.substring(box.start(), box.end()))
                    ? new WordBox(box.word(), start, end, box.x(), box.y(), box.width(), box.height(),
                            box.confidence())
                    : null;
        }
        return word.isBlank() ? null
                : new WordBox(word, start, end, box.x(), box.y(), box.width(), box.height(), 1.0);
    }

    /** The word diff of the whole texts: unchanged runs, and what was removed and added, in reading order. */
    public WordDiff diff() {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && counterpart[i] >= 0 && !replaced[i] && counterpart[i] == j) {
                int from = i;
                while (i < old.size() && counterpart[i] == j && !replaced[i]) {
                    i++;
                    j++;
                }
                TextSpan left = old.cover(from, i, before.length());
                pieces.add(new Piece(Change.SAME, left.of(before), left,
                        now.cover(j - (i - from), j, after.length())));
                continue;
            }
            int removedFrom = i;
            while (i < old.size() && (counterpart[i] < 0 || replaced[i])) {
                i++;
            }
            int nextNew = i < old.size() ? counterpart[i] : now.size();
            if (i > removedFrom) {
                TextSpan left = old.cover(removedFrom, i, before.length());
                pieces.add(new Piece(Change.REMOVED, left.of(before), left, null));
            }
            if (nextNew > j) {
                TextSpan right = now.cover(j, nextNew, after.length());
                pieces.add(new Piece(Change.ADDED, right.of(after), null, right));
                j = nextNew;
            }
        }
        return new WordDiff(pieces);
    }

    /**
     * The changes one stretch at a time, each with about {@code context} characters of unchanged text on either side
     * (cut at white space); changes closer together than twice that share one stretch.
     */
    public List<WordDiff> hunks(int context) {
        return DiffHunks.of(diff(), context);
    }

    /** True when the two texts have the same tokens (they may differ in white space only). */
    public boolean sameWords() {
        return diff().isIdentical();
    }
}
