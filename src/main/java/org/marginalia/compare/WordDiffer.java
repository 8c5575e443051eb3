package org.marginalia.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordDiff;
import org.marginalia.model.WordDiff.Change;
import org.marginalia.model.WordDiff.Piece;

/**
 * Word-by-word difference of two passages (java-diff-utils' Myers diff over word tokens), mapped back to character
 * spans of each side so the window can strike out removed words and colour added ones.
 *
 * <p>Tokens are words (letters and digits, with inner apostrophes and hyphens) and single punctuation marks, so
 * "Ally." against "member (of NATO)" changes the words, not the full stop. Each token carries the white space after it
 * (the first also any before it), so the spans of the SAME and REMOVED pieces tile the left text exactly and those of
 * the SAME and ADDED pieces the right one. Tokens compare case-sensitively, with quote marks and dashes unified.
 * SAME pieces carry the left text and both spans.
 */
public final class WordDiffer {

    private record Word(String key, TextSpan span) {
    }

    /** The difference going from {@code left} to {@code right}. */
    public WordDiff diff(String left, String right) {
        List<Word> a = words(left);
        List<Word> b = words(right);
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<Word> delta : DiffUtils.diff(a, b, (x, y) -> x.key().equals(y.key())).getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            addSame(left, a, b, i, sourceAt, j, pieces);
            j += sourceAt - i;
            i = sourceAt;
            int sourceSize = delta.getSource().size();
            int targetSize = delta.getTarget().size();
            if (sourceSize > 0) {
                TextSpan span = cover(a, i, i + sourceSize);
                pieces.add(new Piece(Change.REMOVED, span.of(left), span, null));
            }
            if (targetSize > 0) {
                TextSpan span = cover(b, targetAt, targetAt + targetSize);
                pieces.add(new Piece(Change.ADDED, span.of(right), null, span));
            }
            i += sourceSize;
            j = targetAt + targetSize;
        }
        addSame(left, a, b, i, a.size(), j, pieces);
        return new WordDiff(pieces);
    }

    private static void addSame(String left, List<Word> a, List<Word> b, int from, int to, int rightFrom,
                                List<Piece> pieces) {
        if (to > from) {
            TextSpan leftSpan = cover(a, from, to);
            TextSpan rightSpan = cover(b, rightFrom, rightFrom + (to - from));
            pieces.add(new Piece(Change.SAME, leftSpan.of(left), leftSpan, rightSpan));
        }
    }

    private static TextSpan cover(List<Word> words, int from, int to) {
        return new TextSpan(words.get(from).span().start(), words.get(to - 1).span().end());
    }

    /** Word and punctuation tokens, each span running on to the next token (white space attached). */
    private static List<Word> words(String text) {
        Tokens tokens = Tokens.of(text);
        List<Word> out = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            out.add(new Word(Typography.canonical(tokens.key(k)), tokens.cover(k, k + 1, text.length())));
        }
        return out;
    }
}
