package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marginalia.model.TextSpan;

/**
 * Finds a passage again in a new version of its source, from its quote, the context stored on each side of it and
 * its old position (a hint that only breaks ties).
 *
 * <p>Exact occurrences of the quote are tried first; when none of them is convincing, approximate ones (at most
 * {@link #MAX_ERROR_RATE} of the quote edited) are searched with {@link ApproximateMatcher}. Each candidate gets a
 * confidence {@code w * quoteSimilarity + (1 - w) * contextSimilarity}, where the quote's weight {@code w} grows from
 * 0.7 to 1 as the quote grows to {@link #SELF_EVIDENT_LENGTH} characters: a few words prove little on their own (they
 * may recur anywhere), a long quote proves itself. The best candidate by confidence, then context, then nearness to
 * the hint, is accepted when its confidence reaches {@link #THRESHOLD}.
 */
public final class Reanchorer {

    /** Confidence from which a passage moves without review. */
    public static final double THRESHOLD = 0.8;
    /** Candidates with more edits than this fraction of the quote are not considered at all. */
    public static final double MAX_ERROR_RATE = 0.5;
    /** From this many characters on, a quote counts as evidence on its own and its context no longer weighs. */
    public static final int SELF_EVIDENT_LENGTH = 100;
    private static final double MIN_QUOTE_WEIGHT = 0.7;
    /** Only the best few ends get their start computed (the one costly step of the approximate search). */
    private static final int MAX_APPROXIMATE = 8;
    private static final int MAX_EXACT = 1000;

    private final String text;

    /** A finder over {@code newText}, reusable for every passage of the source. */
    public Reanchorer(String newText) {
        this.text = newText;
    }

    /** The best place for the passage in the new text; see {@link Placement#confident()}. */
    public Placement place(String quote, String prefix, String suffix, int hint) {
        if (quote.isEmpty() || text.isEmpty()) {
            return Placement.notFound();
        }
        List<Placement> exact = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0 && exact.size() < MAX_EXACT; at = text.indexOf(quote, at + 1)) {
            exact.add(score(quote, prefix, suffix, new TextSpan(at, at + quote.length()), 0));
        }
        Comparator<Placement> order = order(hint);
        Placement bestExact = exact.stream().min(order).orElse(null);
        if (bestExact != null && bestExact.confidence() >= THRESHOLD) {
            return withKind(bestExact, Placement.Kind.EXACT);
        }
        int k = (int) Math.floor(MAX_ERROR_RATE * quote.length());
        List<Placement> approximate = new ArrayList<>();
        if (bestExact != null) {
            approximate.add(bestExact);
        }
        ApproximateMatcher.ends(text, quote, k).stream()
                .sorted(Comparator.comparingInt(ApproximateMatcher.End::distance)
                        .thenComparingInt(e -> Math.abs(e.end() - quote.length() - hint)))
                .limit(MAX_APPROXIMATE)
                .forEach(e -> {
                    int[] start = ApproximateMatcher.start(text, quote, e.end(), k);
                    TextSpan span = wholeWords(quote, prefix, suffix, snap(start[0], e.end()));
                    approximate.add(score(quote, prefix, suffix, span, -1));
                });
        Placement best = approximate.stream().min(order).orElse(null);
        if (best == null) {
            return Placement.notFound();
        }
        Placement.Kind kind = best.confidence() < THRESHOLD ? Placement.Kind.DOUBTFUL
                : best.quoteSimilarity() == 1.0 ? Placement.Kind.EXACT : Placement.Kind.APPROXIMATE;
        return withKind(best, kind);
    }

    private static Comparator<Placement> order(int hint) {
        return Comparator.comparingDouble(Placement::confidence).reversed()
                .thenComparing(Comparator.comparingDouble(Placement::contextSimilarity).reversed())
                .thenComparingInt(p -> Math.abs(p.span().start() - hint));
    }

    private Placement score(String quote, String prefix, String suffix, TextSpan span, int distance) {
        double quoteSimilarity = distance == 0 && span.of(text).equals(quote) ? 1.0
                : Math.max(0, 1.0 - (double) ApproximateMatcher.distance(quote, span.of(text)) / quote.length());
        String before = text.substring(Math.max(0, span.start() - prefix.length()), span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + suffix.length()));
        double context = (side(prefix, before, true) + side(suffix, after, false)) / 2;
        double weight = MIN_QUOTE_WEIGHT
                + (1 - MIN_QUOTE_WEIGHT) * Math.min(1.0, (double) quote.length() / SELF_EVIDENT_LENGTH);
        double confidence = weight * quoteSimilarity + (1 - weight) * context;
        return new Placement(Placement.Kind.DOUBTFUL, span, confidence, quoteSimilarity, context);
    }

    /**
     * How well one side's context survived: the share of it that still touches the quote unchanged, or, when it was
     * edited, its similarity above chance (two unrelated English snippets are about 35-50% similar by edit distance,
     * so only the part above one half counts).
     */
    static double side(String old, String now, boolean before) {
        if (old.isEmpty()) {
            return now.isEmpty() ? 1.0 : 0.0;
        }
        int common = 0;
        while (common < old.length() && common < now.length()
                && charFromSide(old, common, before) == charFromSide(now, common, before)) {
            common++;
        }
        double touching = (double) common / old.length();
        double similarity = 1.0 - (double) ApproximateMatcher.distance(old, now) / Math.max(old.length(), now.length());
        return Math.max(touching, Math.max(0, (similarity - 0.5) / 0.5));
    }

    private static char charFromSide(String s, int i, boolean fromEnd) {
        return fromEnd ? s.charAt(s.length() - 1 - i) : s.charAt(i);
    }

    /**
     * Widens an approximate span that starts or ends inside a word to the whole word when the passage began or ended
     * at a word boundary (as marked passages do): an edited first word is then kept whole, not cut.
     */
    private TextSpan wholeWords(String quote, String prefix, String suffix, TextSpan span) {
        int start = span.start();
        int end = span.end();
        boolean boundaryBefore = prefix.isEmpty() || !isWordChar(prefix.charAt(prefix.length() - 1));
        if (boundaryBefore && isWordChar(quote.charAt(0))) {
            while (start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
                start--;
            }
        }
        boolean boundaryAfter = suffix.isEmpty() || !isWordChar(suffix.charAt(0));
        if (boundaryAfter && isWordChar(quote.charAt(quote.length() - 1))) {
            while (end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end))) {
                end++;
            }
        }
        return new TextSpan(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Widens a span that would cut a surrogate pair, so it stays valid for {@link TextSpan#checkWithin}. */
    private TextSpan snap(int start, int end) {
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        return new TextSpan(start, end);
    }

    private static Placement withKind(Placement p, Placement.Kind kind) {
        return new Placement(kind, p.span(), p.confidence(), p.quoteSimilarity(), p.contextSimilarity());
    }
}
