package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;

class ReanchorerTest {

    private static final String OLD = "The summit went well. Perhaps Russia could be an Ally, the President said, "
            + "and the press took note. Later that day the talks turned to missile defence and to trade.";

    /** The stored anchor of {@code quote} in {@code text}, as PassageContext would cut it. */
    private static Placement replace(String oldText, String quote, String newText) {
        int at = oldText.indexOf(quote);
        String prefix = oldText.substring(Math.max(0, at - Annotation.CONTEXT_LENGTH), at);
        int end = at + quote.length();
        String suffix = oldText.substring(end, Math.min(oldText.length(), end + Annotation.CONTEXT_LENGTH));
        return new Reanchorer(newText).place(quote, prefix, suffix, at);
    }

    @Test
    void unchangedQuoteAfterInsertedTextIsFoundExactlyAtItsNewPlace() {
        String quote = "Perhaps Russia could be an Ally";
        String edited = "Moscow, June 2001. " + OLD;
        Placement p = replace(OLD, quote, edited);
        assertThat(p.kind()).isEqualTo(Placement.Kind.EXACT);
        assertThat(p.span().of(edited)).isEqualTo(quote);
        assertThat(p.span().start()).isEqualTo(OLD.indexOf(quote) + "Moscow, June 2001. ".length());
    }

    @Test
    void quoteWithAChangedWordMovesApproximately() {
        String quote = "Perhaps Russia could be an Ally, the President said";
        String edited = OLD.replace("an Ally", "a partner");
        Placement p = replace(OLD, quote, edited);
        assertThat(p.kind()).isEqualTo(Placement.Kind.APPROXIMATE);
        assertThat(p.confident()).isTrue();
        assertThat(p.span().of(edited)).isEqualTo("Perhaps Russia could be a partner, the President said");
    }

    @Test
    void editedFirstAndLastWordsAreKeptWhole() {
        String quote = "Perhaps Russia could be an Ally, the President said";
        String edited = OLD.replace("Perhaps Russia", "Maybe Russia").replace("President said", "President added");
        Placement p = replace(OLD, quote, edited);
        assertThat(p.confident()).isTrue();
        assertThat(p.span().of(edited)).isEqualTo("Maybe Russia could be an Ally, the President added");
    }

    @Test
    void deletedPassageIsNotPlacedOnALookalike() {
        String quote = "the talks turned to missile defence";
        String edited = OLD.replace("Later that day the talks turned to missile defence and to trade.",
                "Later the talks turned to trade. Nobody mentioned defence.");
        Placement p = replace(OLD, quote, edited);
        assertThat(p.confident()).isFalse();
    }

    @Test
    void shortQuoteFoundOnlyOutOfContextNeedsReview() {
        String quote = "Russia";
        String edited = "Russia was not on the agenda. The summit went well, the President said.";
        Placement p = replace(OLD, quote, edited);
        assertThat(p.kind()).isEqualTo(Placement.Kind.DOUBTFUL);
        assertThat(p.span().of(edited)).isEqualTo("Russia");
    }

    @Test
    void duplicateQuoteIsResolvedByItsContext() {
        String old = "First he said: trust but verify. Then the aide wrote: trust but verify, twice.";
        String quote = "trust but verify";
        int second = old.lastIndexOf(quote);
        String prefix = old.substring(second - Annotation.CONTEXT_LENGTH, second);
        String suffix = old.substring(second + quote.length());
        String edited = "Then the aide wrote: trust but verify, twice. First he said: trust but verify.";
        Placement p = new Reanchorer(edited).place(quote, prefix, suffix, second);
        assertThat(p.kind()).isEqualTo(Placement.Kind.EXACT);
        assertThat(p.span().start()).isEqualTo(edited.indexOf(quote));
    }

    @Test
    void identicalDuplicatesAreResolvedByTheOldPosition() {
        String text = "Ally. " + "Perhaps Russia could be an Ally. ".repeat(3).strip();
        String quote = "Perhaps Russia could be an Ally.";
        int third = text.lastIndexOf(quote);
        Placement p = new Reanchorer(text).place(quote, "an Ally. ", "", third);
        assertThat(p.span().start()).isEqualTo(third);
    }

    @Test
    void approximateSpansNeverSplitASurrogatePair() {
        String old = "Signed 😀 Perhaps Russia 𝔘 could be an Ally 😀 said the President.";
        String quote = "😀 Perhaps Russia 𝔘 could be an Ally 😀";
        String edited = "Signed 😀 Perhaps Russia 𝔙 could be an ally 😃 said the President.";
        Placement p = replace(old, quote, edited);
        assertThat(p.confident()).isTrue();
        p.span().checkWithin(edited);
        assertThat(p.span().of(edited)).startsWith("😀 Perhaps").endsWith("😃");
    }

    @Test
    void longQuoteMovedFarAwayIsFoundOnItsOwnStrength() {
        String paragraph = "The President said that he had looked the man in the eye and found him straightforward "
                + "and trustworthy, and that they had a very good dialogue.";
        String old = "Intro. " + paragraph + " Outro about trade.";
        String edited = "A new opening section that shares nothing with the old one. Outro about trade. "
                + "Appendix: " + paragraph.replace("very good", "good") + " End.";
        Placement p = replace(old, paragraph, edited);
        assertThat(p.confident()).isTrue();
        assertThat(p.span().of(edited)).startsWith("The President said").endsWith("dialogue.");
    }

    @Test
    void nothingLikeTheQuoteIsNotFound() {
        Placement p = new Reanchorer("Completely different words here.").place("Perhaps Russia could be an Ally",
                "", "", 0);
        assertThat(p.kind()).isEqualTo(Placement.Kind.NOT_FOUND);
        assertThat(p.span()).isNull();
    }

    @Test
    void sampleArticleReanchorsAfterAnEditorialPass() {
        String old = Samples.paraphrase();
        String quote = "Perhaps Russia could be an Ally";
        String edited = old.replace("Perhaps Russia could be an Ally", "Perhaps Russia could be an ally")
                .replaceFirst("\n", "\nEditor's note: this text was corrected in 2026.\n");
        Placement p = replace(old, quote, edited);
        assertThat(p.confident()).isTrue();
        assertThat(p.span().of(edited)).isEqualTo("Perhaps Russia could be an ally");
    }

    @Test
    void bitParallelSearchAgreesWithTheTextbookTable() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, 1 + random.nextInt(300));
            String pattern = randomText(random, 1 + random.nextInt(round % 3 == 0 ? 150 : 20));
            int k = random.nextInt(pattern.length() + 1);
            List<Integer> expected = new ArrayList<>();
            int[] column = sellers(text, pattern);
            for (int j = 1; j <= text.length(); j++) {
                expected.add(column[j]);
            }
            List<ApproximateMatcher.End> ends = ApproximateMatcher.ends(text, pattern, k);
            for (ApproximateMatcher.End end : ends) {
                assertThat(end.distance()).isEqualTo(expected.get(end.end() - 1)).isLessThanOrEqualTo(k);
                int[] start = ApproximateMatcher.start(text, pattern, end.end(), k);
                assertThat(ApproximateMatcher.distance(pattern, text.substring(start[0], end.end())))
                        .isEqualTo(start[1]).isEqualTo(end.distance());
            }
            long below = expected.stream().filter(d -> d <= k).count();
            assertThat(ends.isEmpty()).isEqualTo(below == 0);
        }
    }

    /** Sellers' table: the fewest edits of pattern into any substring of text ending at each position. */
    private static int[] sellers(String text, String pattern) {
        int[] best = new int[text.length() + 1];
        int[] previous = new int[pattern.length() + 1];
        for (int i = 0; i <= pattern.length(); i++) {
            previous[i] = i;
        }
        best[0] = pattern.length();
        for (int j = 1; j <= text.length(); j++) {
            int[] current = new int[pattern.length() + 1];
            for (int i = 1; i <= pattern.length(); i++) {
                int substitution = previous[i - 1] + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                current[i] = Math.min(substitution, Math.min(previous[i], current[i - 1]) + 1);
            }
            best[j] = current[pattern.length()];
            previous = current;
        }
        return best;
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append("abcd😀".charAt(random.nextInt(5)));
        }
        return s.toString();
    }

    @Test
    void contextSideCountsOnlySimilarityAboveChance() {
        assertThat(Reanchorer.side("the press took note", "the press took note", false)).isEqualTo(1.0);
        assertThat(Reanchorer.side("", "", true)).isEqualTo(1.0);
        assertThat(Reanchorer.side("abc", "", true)).isEqualTo(0.0);
        assertThat(Reanchorer.side("missile defence and trade", "zzzzzzzzzzzzzzzzzzzzzzzzz", false)).isZero();
        assertThat(Reanchorer.side("xx said:", "yy said:", true)).isGreaterThan(0.7);
    }
}
