package org.marginalia.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marginalia.model.Candidate;
import org.marginalia.model.Quotation;
import org.marginalia.model.QuoteCheck;
import org.marginalia.model.TextSpan;

/**
 * Checks the quotations of one source against a reference source (say, a news report against the transcript).
 *
 * <p>Verdicts:
 * <ul>
 *   <li>{@code VERBATIM}: the reference has the quoted words exactly, after collapsing white space, unifying quote
 *       marks, apostrophes and dashes, dropping what stands before the first or after the last word (the comma of
 *       {@code "…member (of NATO),"}) and ignoring the case of the first letter, which quoting style changes
 *       freely. Any other difference of case or punctuation is an alteration.</li>
 *   <li>{@code ALTERED}: not verbatim, but the reference has a close passage. Either the same words with different
 *       punctuation or case, or the best {@link CounterpartFinder} candidate scoring at least
 *       {@value #ALTERED_MIN_SCORE} and holding at least {@value #ALTERED_MIN_RECALL} of the quotation's content
 *       words.</li>
 *   <li>{@code NOT_FOUND}: otherwise. A quotation with fewer than {@value #MIN_CONTENT_WORDS} content words is looked
 *       for itself and through the sentence it stands in (the same hybrid finder); it is altered only where at least
 *       {@value #SHORT_MIN_IN_ORDER} of its words, and half of them, align in order ("Russia could be an ally" in
 *       "Russia could be a member"). A one-word quotation ("excluded") is verbatim or not found: a near miss on one
 *       word says nothing, and would flag every scare-quoted word as a misquotation.</li>
 * </ul>
 */
public final class QuoteChecker {

    static final int MIN_CONTENT_WORDS = 3;
    /** A quotation of fewer words ("excluded", "real sovereignty") is verbatim or not found, never altered. */
    static final int MIN_SHORT_WORDS = 2;
    private static final int SHORT_CANDIDATES = 3;
    static final int SHORT_MIN_IN_ORDER = 3;
    static final double ALTERED_MIN_SCORE = 0.45;
    static final double ALTERED_MIN_RECALL = 0.5;
    private static final String EDGE_PUNCTUATION = ".,;:!?…";

    private final QuotationScanner scanner = new QuotationScanner();
    private final WordDiffer differ = new WordDiffer();
    private final Segmenter segmenter = new Segmenter();

    /** Every quotation in {@code text}, in reading order (a quotation nested in another is listed after it). */
    public List<Quotation> quotations(String text) {
        return scanner.scan(text);
    }

    /** Checks every quotation of {@code text} against {@code reference}. */
    public List<QuoteCheck> checkAll(String text, CounterpartFinder.Index reference) {
        List<TextSpan> sentences = segmenter.sentences(text);
        return quotations(text).stream().map(q -> check(q, sentenceOf(text, sentences, q), reference)).toList();
    }

    /** Checks one quotation against {@code reference}, without the sentence it stands in. */
    public QuoteCheck check(Quotation quotation, CounterpartFinder.Index reference) {
        return check(quotation, quotation.text(), reference);
    }

    /**
     * Checks one quotation against {@code reference}; {@code sentence} is the sentence the quotation stands in, which
     * decides for a short quotation whether the reference says the same thing in other words.
     */
    public QuoteCheck check(Quotation quotation, String sentence, CounterpartFinder.Index reference) {
        String words = trimEdges(quotation.text());
        List<Token> tokens = reference.tokenize(words);
        if (tokens.isEmpty()) {
            return notFound(quotation);
        }
        List<TextSpan> phrases = reference.phraseMatches(tokens);
        String wanted = comparable(words.substring(
                tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end()));
        for (TextSpan phrase : phrases) {
            if (comparable(phrase.of(reference.text())).equals(wanted)) {
                return verdict(quotation, QuoteCheck.Status.VERBATIM, phrase, words, reference, 1.0);
            }
        }
        if (!phrases.isEmpty()) {
            return verdict(quotation, QuoteCheck.Status.ALTERED, phrases.get(0), words, reference,
                    CandidateSearch.MAX_INEXACT_SCORE);
        }
        Set<String> content = contentStems(tokens);
        if (content.size() < MIN_CONTENT_WORDS) {
            return tokens.size() < MIN_SHORT_WORDS ? notFound(quotation)
                    : checkShort(quotation, words, tokens, sentence, reference);
        }
        List<Candidate> candidates = reference.find(words, 1, false);
        if (candidates.isEmpty() || candidates.get(0).score() < ALTERED_MIN_SCORE) {
            return notFound(quotation);
        }
        Candidate best = candidates.get(0);
        TextSpan match = trimSpan(reference.text(), best.span());
        Set<String> found = contentStems(reference.tokenize(match.of(reference.text())));
        long shared = content.stream().filter(found::contains).count();
        if (shared < ALTERED_MIN_RECALL * content.size()) {
            return notFound(quotation);
        }
        return verdict(quotation, QuoteCheck.Status.ALTERED, match, words, reference, best.score());
    }

    /**
     * A quotation of a few words says little alone, so two searches propose places: the quotation itself, and the
     * sentence it stands in (whose counterpart says the same thing in other words). The place where most of the quoted
     * words (function words included) align in order, at least {@value #SHORT_MIN_IN_ORDER} and at least
     * {@value #ALTERED_MIN_RECALL} of them, holds the altered quotation.
     */
    private QuoteCheck checkShort(Quotation quotation, String words, List<Token> tokens, String sentence,
                                  CounterpartFinder.Index reference) {
        List<Candidate> places = new ArrayList<>(reference.find(words, SHORT_CANDIDATES, false));
        reference.find(sentence, SHORT_CANDIDATES).stream().filter(Candidate::confident).forEach(places::add);
        Candidate bestCut = null;
        Candidate bestPlace = null;
        int bestShared = 0;
        for (Candidate place : places) {
            Candidate cut = reference.cutWithin(words, place.span());
            int shared = cut == null ? 0 : inOrder(tokens, reference.tokenize(cut.span().of(reference.text())));
            if (shared > bestShared) {
                bestShared = shared;
                bestCut = cut;
                bestPlace = place;
            }
        }
        if (bestCut == null || bestShared < Math.max(SHORT_MIN_IN_ORDER, ALTERED_MIN_RECALL * tokens.size())) {
            return notFound(quotation);
        }
        TextSpan match = trimSpan(reference.text(), bestCut.span());
        return verdict(quotation, QuoteCheck.Status.ALTERED, match, words, reference, bestPlace.score());
    }

    /** How many words of {@code a} occur in {@code b} in the same order (longest common subsequence of words). */
    private static int inOrder(List<Token> a, List<Token> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                lcs[i][j] = a.get(i - 1).norm().equals(b.get(j - 1).norm()) ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return lcs[a.size()][b.size()];
    }

    private static String sentenceOf(String text, List<TextSpan> sentences, Quotation quotation) {
        for (TextSpan sentence : sentences) {
            if (sentence.start() <= quotation.span().start() && quotation.span().start() < sentence.end()) {
                return sentence.of(text);
            }
        }
        return quotation.text();
    }

    private QuoteCheck verdict(Quotation quotation, QuoteCheck.Status status, TextSpan match, String words,
                               CounterpartFinder.Index reference, double score) {
        String matchText = match.of(reference.text());
        return new QuoteCheck(quotation, status, match, matchText, differ.diff(matchText, words), score);
    }

    private static QuoteCheck notFound(Quotation quotation) {
        return new QuoteCheck(quotation, QuoteCheck.Status.NOT_FOUND, null, null, null, 0);
    }

    private static Set<String> contentStems(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token token : tokens) {
            if (!token.stopWord()) {
                out.add(token.stem());
            }
        }
        return out;
    }

    private static String comparable(String text) {
        String canonical = Typography.canonical(trimEdges(text));
        if (canonical.isEmpty()) {
            return canonical;
        }
        int first = canonical.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(canonical.substring(Character.charCount(first))).toString();
    }

    private static String trimEdges(String text) {
        TextSpan span = trimSpan(text, new TextSpan(0, text.length()));
        return span.of(text);
    }

    private static TextSpan trimSpan(String text, TextSpan span) {
        int start = span.start();
        int end = span.end();
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '…')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1))
                || EDGE_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
