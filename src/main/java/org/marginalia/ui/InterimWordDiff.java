package org.marginalia.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordDiff;

/**
 * A plain longest-common-subsequence word diff, used by the strip only until the {@code compare} package's service
 * is merged; it gives the same kind of {@link WordDiff}.
 */
final class InterimWordDiff {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private InterimWordDiff() {
    }

    static WordDiff of(String left, String right) {
        List<TextSpan> a = words(left);
        List<TextSpan> b = words(right);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(left, a.get(i), right, b.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<WordDiff.Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(left, a.get(i), right, b.get(j))) {
                pieces.add(new WordDiff.Piece(WordDiff.Change.SAME, a.get(i).of(left), a.get(i), b.get(j)));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                pieces.add(new WordDiff.Piece(WordDiff.Change.REMOVED, a.get(i).of(left), a.get(i), null));
                i++;
            } else {
                pieces.add(new WordDiff.Piece(WordDiff.Change.ADDED, b.get(j).of(right), null, b.get(j)));
                j++;
            }
        }
        return new WordDiff(pieces);
    }

    private static boolean same(String left, TextSpan x, String right, TextSpan y) {
        return x.of(left).equalsIgnoreCase(y.of(right));
    }

    private static List<TextSpan> words(String text) {
        List<TextSpan> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new TextSpan(m.start(), m.end()));
        }
        return words;
    }
}
