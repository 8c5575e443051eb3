package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Quotation;
import org.marginalia.model.QuoteCheck;

class QuoteCheckerTest {

    private final QuoteChecker checker = new QuoteChecker();

    @Test
    void findsStraightCurlyGuillemetAndLowHighQuotes() {
        String text = "He said \"one\" and “two words” then « trois » and „vier“, ‘five’ — Russia’s 'six' 5\" tall.";
        List<String> quoted = checker.quotations(text).stream().map(Quotation::text).toList();
        assertThat(quoted).containsExactly("one", "two words", "trois", "vier", "five");
        Quotation trois = checker.quotations(text).get(2);
        assertThat(trois.span().of(text)).isEqualTo("trois");
        assertThat(trois.outer().of(text)).isEqualTo("« trois »");
    }

    @Test
    void aQuoteDoesNotRunAcrossABlankLine() {
        String text = "A stray \" mark.\n\nNext paragraph \"quoted\" here.";
        assertThat(checker.quotations(text)).extracting(Quotation::text).containsExactly("quoted");
    }

    @Test
    void theMemberQuoteIsAlteredFromAnAlly() {
        CounterpartFinder.Index transcript = CounterpartFinder.index(Samples.paraphrase());
        List<QuoteCheck> checks = checker.checkAll(Samples.report(), transcript);
        checks.forEach(c -> System.err.println(c.status() + " " + c.quotation().text() + " | " + c.matchText()
                + " | " + (c.diff() == null ? "" : c.diff().summary())));
        QuoteCheck member = checks.stream()
                .filter(c -> c.quotation().text().contains("Perhaps Russia could be a member (of NATO)"))
                .findFirst().orElseThrow();
        assertThat(member.status()).isEqualTo(QuoteCheck.Status.ALTERED);
        assertThat(member.matchText()).isEqualTo("Perhaps Russia could be an Ally");
        assertThat(member.diff().summary()).isEqualTo("\"an Ally\" → \"a member (of NATO)\"");
        assertThat(checks).filteredOn(c -> c != member)
                .extracting(QuoteCheck::status).containsOnly(QuoteCheck.Status.NOT_FOUND);
    }

    @Test
    void theShortAllyQuoteIsAlteredTheOtherWayRound() {
        CounterpartFinder.Index report = CounterpartFinder.index(Samples.report());
        List<QuoteCheck> checks = checker.checkAll(Samples.paraphrase(), report);
        checks.forEach(c -> System.err.println(c.status() + " " + c.quotation().text() + " | " + c.matchText()
                + " | " + (c.diff() == null ? "" : c.diff().summary())));
        QuoteCheck ally = checks.stream().filter(c -> c.quotation().text().equals("Russia could be an ally"))
                .findFirst().orElseThrow();
        assertThat(ally.status()).isEqualTo(QuoteCheck.Status.ALTERED);
        assertThat(ally.matchText()).isEqualTo("Russia could be a member");
        assertThat(ally.diff().summary()).isEqualTo("\"a member\" → \"an ally\"");
    }

    @Test
    void aQuoteCopiedFromTheTranscriptIsVerbatim() {
        CounterpartFinder.Index transcript = CounterpartFinder.index(Samples.paraphrase());
        String article = "Putin told Bush: “NATO gave a negative answer with four specific reasons.” "
                + "He also said that “there must be honesty in our relations”.";
        List<QuoteCheck> checks = checker.checkAll(article, transcript);
        assertThat(checks).extracting(QuoteCheck::status)
                .containsExactly(QuoteCheck.Status.VERBATIM, QuoteCheck.Status.VERBATIM);
        assertThat(checks.get(0).diff().isIdentical()).isTrue();
        assertThat(checks.get(1).match().of(transcript.text())).isEqualTo("There must be honesty in our relations");
    }

    @Test
    void aOneWordQuoteIsVerbatimOrNotFoundNeverAltered() {
        CounterpartFinder.Index transcript = CounterpartFinder.index(Samples.paraphrase());
        String article = "It felt \"excluded\"; it was \"left out\"; a \"lefty\".";
        List<QuoteCheck> checks = checker.checkAll(article, transcript);
        assertThat(checks).extracting(QuoteCheck::status).containsExactly(
                QuoteCheck.Status.NOT_FOUND, QuoteCheck.Status.VERBATIM, QuoteCheck.Status.NOT_FOUND);
    }

    @Test
    void aChangedWordInsideALongQuoteIsAltered() {
        CounterpartFinder.Index transcript = CounterpartFinder.index(Samples.paraphrase());
        QuoteCheck check = checker.checkAll(
                "He said “NATO gave a negative answer with five specific reasons”.", transcript).get(0);
        assertThat(check.status()).isEqualTo(QuoteCheck.Status.ALTERED);
        assertThat(check.diff().summary()).isEqualTo("\"four\" → \"five\"");
    }
}
