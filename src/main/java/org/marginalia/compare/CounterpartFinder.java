package org.marginalia.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.marginalia.model.Candidate;
import org.marginalia.model.TextSpan;

/**
 * Finds where in a target source a passage of another source has its counterpart — the sentence a paraphrase
 * retells, the transcript line a report quotes.
 *
 * <p>A target is indexed once ({@link #index}) and then searched many times. Retrieve, then cut ({@link HybridSearch}):
 * sentences and two-sentence windows of one paragraph are ranked by BM25 over the {@link Language}'s Snowball stems
 * and by the cosine of sentence embeddings when vectors are given; the best are scored as whole units and
 * {@link Calibration} turns the evidence into one score in [0, 1]; the tight span is then cut inside the winner by
 * Smith–Waterman alignment over tokens with character-trigram variants, snapped to a clause or sentence
 * ({@link CandidateSearch}). A passage longer than a window also gets the region search of {@link CandidateSearch}.
 * A passage that occurs verbatim (white space and quote marks aside) comes first with score exactly 1.0; every other
 * candidate scores at most 0.99. No inexact candidate crosses a paragraph break.
 */
public final class CounterpartFinder {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[^\\S\\n]*\\n");

    private CounterpartFinder() {
    }

    /** Indexes an English target text for repeated searching by words alone. */
    public static Index index(String text) {
        return index(text, Language.ENGLISH, null, null);
    }

    /**
     * Indexes a target text for repeated searching.
     *
     * @param language the target's language, for stems and stop words
     * @param sentenceVectors the embeddings of {@link #sentences(String)} of the text, in order, or null to search by
     *                        words alone
     * @param embedder embeds each query (null, or failing, searches by words alone)
     */
    public static Index index(String text, Language language, float[][] sentenceVectors, SentenceEmbedder embedder) {
        return new Index(text, language, sentenceVectors, embedder);
    }

    /** The sentences of a text as the finder cuts them: what {@code sentenceVectors} must embed, in this order. */
    public static List<TextSpan> sentences(String text) {
        return new Segmenter().sentences(text);
    }

    /** A target text, indexed. Immutable and safe to share between threads. */
    public static final class Index {

        private final TargetText target;
        private final Tokenizer tokenizer;
        private final CandidateSearch search;
        private final HybridSearch hybrid;
        private final SentenceEmbedder embedder;

        private Index(String text, Language language, float[][] sentenceVectors, SentenceEmbedder embedder) {
            tokenizer = new Tokenizer(language);
            target = new TargetText(text, tokenizer, new Segmenter());
            search = new CandidateSearch(target);
            hybrid = new HybridSearch(target, search, sentenceVectors);
            this.embedder = hybrid.hasMeaning() ? embedder : null;
        }

        /** The indexed text, which the candidates' spans point into. */
        public String text() {
            return target.text;
        }

        /** The sentences of the indexed text. */
        public List<TextSpan> sentences() {
            return List.copyOf(target.sentences);
        }

        /** Whether searches weigh meaning (sentence embeddings) as well as words. */
        public boolean searchesMeaning() {
            return embedder != null;
        }

        /** Up to {@code k} candidates for {@code passage}, best first, not overlapping each other. */
        public List<Candidate> find(String passage, int k) {
            return find(passage, k, true);
        }

        /**
         * As {@link #find(String, int)}; {@code snap} false keeps each candidate to the words that align (widened by
         * the passage's unaligned words within their clause) — what a quotation check wants to diff against.
         */
        List<Candidate> find(String passage, int k, boolean snap) {
            if (k <= 0 || passage.isBlank()) {
                return List.of();
            }
            List<Token> tokens = tokenizer.tokenize(passage);
            List<Candidate> out = new ArrayList<>();
            TextSpan exact = exactMatch(passage, tokens);
            if (exact != null) {
                out.add(new Candidate(exact, 1.0, contentWords(exact)));
            }
            Query query = new Query(tokens, target.vocabulary);
            List<Candidate> found = new ArrayList<>(hybrid.search(query, embed(passage), k + 1, snap));
            if (found.size() < k + 1 || new Segmenter().sentences(passage).size() > HybridSearch.MAX_WINDOW) {
                // A passage longer than any window, or a target too short to fill k: the region search spans more.
                for (Candidate candidate : search.search(query, k + 1, snap)) {
                    if (found.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
                        found.add(candidate);
                    }
                }
            }
            for (Candidate candidate : found) {
                if (out.size() < k && (exact == null || !exact.overlaps(candidate.span()))
                        && !crossesParagraphBreak(candidate.span())) {
                    out.add(candidate);
                }
            }
            return out;
        }

        /**
         * The tight span for {@code passage} inside {@code within} (words that align, widened by the passage's
         * unaligned words within their clause), or null when no word aligns there.
         */
        Candidate cutWithin(String passage, TextSpan within) {
            int from = 0;
            while (from < target.size() && target.start[from] < within.start()) {
                from++;
            }
            int to = from;
            while (to < target.size() && target.end[to] <= within.end()) {
                to++;
            }
            Query query = new Query(tokenizer.tokenize(passage), target.vocabulary);
            return search.cut(query, CandidateSearch.grams(query), from, to, false);
        }

        /** The evidence behind every pooled candidate, for fitting the calibration. */
        List<HybridSearch.Evidence> evidence(String passage) {
            return hybrid.evidence(new Query(tokenizer.tokenize(passage), target.vocabulary), embed(passage), true);
        }

        /** Whether a blank line lies inside the span: a counterpart is read within one paragraph. */
        private boolean crossesParagraphBreak(TextSpan span) {
            return PARAGRAPH_BREAK.matcher(target.text).region(span.start(), span.end()).find();
        }

        private float[] embed(String passage) {
            if (embedder == null) {
                return null;
            }
            try {
                return embedder.embed(List.of(passage))[0];
            } catch (EmbedderUnavailableException e) {
                return null;
            }
        }

        /** Where the passage stands verbatim, as written or after white-space and quote-mark normalisation. */
        TextSpan exactMatch(String passage, List<Token> tokens) {
            String text = target.text;
            for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
                TextSpan span = new TextSpan(at, at + passage.length());
                if (!splitsPair(text, span.start()) && !splitsPair(text, span.end())) {
                    return span;
                }
            }
            if (tokens.isEmpty()) {
                return null;
            }
            String wanted = Typography.canonical(passage.substring(
                    tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end()));
            for (TextSpan span : phraseMatches(tokens)) {
                if (Typography.canonical(span.of(text)).equals(wanted)) {
                    return span;
                }
            }
            return null;
        }

        /** Spans where the tokens' folded words occur contiguously in the target. */
        List<TextSpan> phraseMatches(List<Token> tokens) {
            List<TextSpan> out = new ArrayList<>();
            for (int first : target.phraseStarts(tokens)) {
                out.add(new TextSpan(target.start[first], target.end[first + tokens.size() - 1]));
            }
            return out;
        }

        List<Token> tokenize(String passage) {
            return tokenizer.tokenize(passage);
        }

        private List<String> contentWords(TextSpan span) {
            List<String> words = new ArrayList<>();
            for (Token token : tokenizer.tokenize(span.of(target.text))) {
                if (!token.stopWord()) {
                    words.add(token.span().of(span.of(target.text)));
                }
            }
            return words.stream().distinct().toList();
        }

        private static boolean splitsPair(String text, int offset) {
            return offset > 0 && offset < text.length()
                    && Character.isHighSurrogate(text.charAt(offset - 1))
                    && Character.isLowSurrogate(text.charAt(offset));
        }
    }
}
