package org.marginalia.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;

/**
 * Measures {@link Reanchorer} on a synthetic source (see {@link SyntheticCorpus}) with random passages and random
 * edits whose effect on every passage is known: every character of the edited text remembers which old character it
 * is, so where (and how much of) each passage survives is known exactly. Words are swapped, sentences inserted and
 * stretches deleted. Not a test: the figures are for a {@code bench} command or a report.
 */
public final class ReanchorBenchmark {

    /**
     * Figures of one run.
     *
     * @param shouldMove      passages of which at least 90% of the characters survived, and grew by at most 10%
     * @param shouldReview    passages of which less than 60% of the characters survived, or that grew by 2/3
     * @param wrongPlaces     confident placements that do not overlap the passage's true place
     * @param placedDamaged   confident placements of passages that should have been reviewed
     * @param needlessReviews passages that should have moved but were flagged
     */
    public record Result(long seed, int textChars, int passages, int edits, double millis, int exact,
                         int approximate, int review, int shouldMove, int shouldReview, int wrongPlaces,
                         int placedDamaged, int needlessReviews) {
    }

    private ReanchorBenchmark() {
    }

    /** A source of about {@code words} words with {@code passages} passages, edited {@code edits} times. */
    public static Result run(long seed, int words, int passages, int edits) {
        Random random = new Random(seed);
        String old = new SyntheticCorpus(seed, words).original;
        String[] filler = new SyntheticCorpus(seed + 1, Math.max(200, edits * 20)).original.split("(?<=\\.) ");
        TextSpan[] spans = new TextSpan[passages];
        for (int i = 0; i < passages; i++) {
            int start = wordStart(old, random.nextInt(old.length() - 200));
            spans[i] = new TextSpan(start, wordEnd(old, start + 20 + random.nextInt(140)));
        }
        // Every character of the edited text remembers which character of the old one it is (-1: inserted).
        StringBuilder edited = new StringBuilder(old);
        int[] origin = new int[old.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        int length = origin.length;
        for (int e = 0; e < edits; e++) {
            int at = wordStart(edited, random.nextInt(edited.length()));
            double kind = random.nextDouble();
            int end;
            String insert;
            if (kind < 0.5) {
                end = wordEnd(edited, at + 1);
                insert = filler[random.nextInt(filler.length)].split(" ")[0].toLowerCase(Locale.ROOT);
            } else if (kind < 0.75) {
                end = at;
                insert = filler[random.nextInt(filler.length)] + " ";
            } else {
                end = Math.min(edited.length(), at + 30 + random.nextInt(270));
                insert = "";
            }
            edited.replace(at, end, insert);
            int[] next = new int[length - (end - at) + insert.length()];
            System.arraycopy(origin, 0, next, 0, at);
            Arrays.fill(next, at, at + insert.length(), -1);
            System.arraycopy(origin, end, next, at + insert.length(), length - end);
            origin = next;
            length = next.length;
        }
        String now = edited.toString();
        int[] newPosition = new int[old.length()];
        Arrays.fill(newPosition, -1);
        for (int i = 0; i < length; i++) {
            if (origin[i] >= 0) {
                newPosition[origin[i]] = i;
            }
        }
        Reanchorer reanchorer = new Reanchorer(now);
        int exact = 0;
        int approximate = 0;
        int review = 0;
        int shouldMove = 0;
        int shouldReview = 0;
        int wrong = 0;
        int placedDamaged = 0;
        int needless = 0;
        long started = System.nanoTime();
        for (int i = 0; i < passages; i++) {
            TextSpan span = spans[i];
            String quote = span.of(old);
            String prefix = old.substring(Math.max(0, span.start() - Annotation.CONTEXT_LENGTH), span.start());
            String suffix = old.substring(span.end(), Math.min(old.length(), span.end() + Annotation.CONTEXT_LENGTH));
            Placement placement = reanchorer.place(quote, prefix, suffix, span.start());
            TextSpan truth = survivor(span, newPosition);
            // Insertions inside a passage count against it as much as deletions do.
            double alike = truth == null ? 0
                    : Math.min(surviving(span, newPosition), (double) quote.length() / truth.length());
            boolean move = alike >= 0.9;
            boolean mustReview = alike < 0.6;
            shouldMove += move ? 1 : 0;
            shouldReview += mustReview ? 1 : 0;
            switch (placement.kind()) {
                case EXACT -> exact++;
                case APPROXIMATE -> approximate++;
                default -> review++;
            }
            if (placement.confident()) {
                wrong += truth != null && !placement.span().overlaps(truth) ? 1 : 0;
                placedDamaged += mustReview ? 1 : 0;
            } else {
                needless += move ? 1 : 0;
            }
        }
        double millis = (System.nanoTime() - started) / 1e6;
        return new Result(seed, now.length(), passages, edits, millis, exact, approximate, review, shouldMove,
                shouldReview, wrong, placedDamaged, needless);
    }

    /** The share of the old span's characters still in the new text. */
    private static double surviving(TextSpan span, int[] newPosition) {
        int left = 0;
        for (int k = span.start(); k < span.end(); k++) {
            left += newPosition[k] >= 0 ? 1 : 0;
        }
        return (double) left / span.length();
    }

    /** Where what is left of the old span's characters stands in the new text; null when none is left. */
    private static TextSpan survivor(TextSpan span, int[] newPosition) {
        int first = span.start();
        while (first < span.end() && newPosition[first] < 0) {
            first++;
        }
        int last = span.end() - 1;
        while (last >= first && newPosition[last] < 0) {
            last--;
        }
        return first > last ? null : new TextSpan(newPosition[first], newPosition[last] + 1);
    }

    private static int wordStart(CharSequence text, int at) {
        while (at > 0 && text.charAt(at - 1) != ' ') {
            at--;
        }
        return at;
    }

    private static int wordEnd(CharSequence text, int at) {
        while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        return Math.min(at, text.length());
    }
}
