package org.marginalia.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.QuoteCheck;
import org.marginalia.model.TextSpan;

/** "Check quotes" on the demo project, without a toolkit. */
class QuoteCheckViewModelTest {

    @TempDir
    Path dir;
    ToolFixture fx;
    final List<String> revealed = new ArrayList<>();
    QuoteCheckViewModel model;

    @BeforeEach
    void setUp() {
        fx = new ToolFixture(dir);
        model = new QuoteCheckViewModel(fx.context, (doc, span) -> revealed.add(doc + ":" + span));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theReportsMemberQuoteIsAlteredAgainstTheCommentaryWithTheWordDiff() {
        model.check(fx.report(), fx.commentary());

        QuoteCheck member = model.checks().stream()
                .filter(c -> c.quotation().text().startsWith("Perhaps Russia could be a member"))
                .findFirst().orElseThrow();
        assertThat(member.status()).isEqualTo(QuoteCheck.Status.ALTERED);
        assertThat(member.diff().summary()).contains("\"an Ally\" → \"a member (of NATO)");
        assertThat(member.matchText()).contains("Perhaps Russia could be an Ally");
        assertThat(model.summaryProperty().get())
                .matches("\\d+ quotations: \\d+ verbatim, [1-9]\\d* altered, \\d+ not found");
        assertThat(model.checks()).anySatisfy(c -> assertThat(c.status()).isEqualTo(QuoteCheck.Status.NOT_FOUND));
    }

    @Test
    void choosingARowRevealsTheQuotationAndItsMatchInTheirSources() {
        model.check(fx.report(), fx.commentary());
        QuoteCheck member = model.checks().stream()
                .filter(c -> c.status() == QuoteCheck.Status.ALTERED).findFirst().orElseThrow();

        model.choose(member);

        assertThat(revealed).containsExactly(fx.report().id() + ":" + member.quotation().outer(),
                fx.commentary().id() + ":" + member.match());
    }

    @Test
    void checkingThePanesTakesTheLeftSourceAgainstTheRightAndSwapTurnsItRound() {
        model.checkPanes();
        assertThat(model.sourceProperty().get()).isEqualTo(fx.commentary());
        assertThat(model.referenceProperty().get()).isEqualTo(fx.report());
        assertThat(model.checks()).extracting(c -> c.quotation().text())
                .contains("There must be honesty in our relations.");

        model.swap();
        assertThat(model.sourceProperty().get()).isEqualTo(fx.report());
        assertThat(model.checks()).anySatisfy(c -> assertThat(c.quotation().text()).startsWith("Perhaps Russia"));
    }

    @Test
    void checkingThePanesStartsFromThePaneTheUserIsReading() {
        fx.activePane = 1;
        model.checkPanes();
        assertThat(model.sourceProperty().get()).isEqualTo(fx.report());
        assertThat(model.referenceProperty().get()).isEqualTo(fx.commentary());
        assertThat(model.checks()).anySatisfy(c -> assertThat(c.status()).isEqualTo(QuoteCheck.Status.ALTERED));
    }

    @Test
    void theRealPanesRevealBothEndsAndMarkThem() {
        QuoteCheckViewModel real = new QuoteCheckViewModel(fx.context, fx.context.panes());
        real.check(fx.report(), fx.commentary());
        QuoteCheck member = real.checks().stream()
                .filter(c -> c.status() == QuoteCheck.Status.ALTERED).findFirst().orElseThrow();

        real.choose(member);

        TextSpan left = fx.window.panes().get(0).revealProperty().get();
        assertThat(left).isEqualTo(member.match());
        assertThat(fx.window.panes().get(1).revealProperty().get()).isEqualTo(member.quotation().outer());
        assertThat(fx.window.panes().get(0).matches()).contains(member.match());
    }
}
