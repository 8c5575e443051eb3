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

    private QuoteCheck altered(QuoteDirection direction) {
        return direction.checks().stream().filter(c -> c.status() == QuoteCheck.Status.ALTERED).findFirst()
                .orElseThrow();
    }

    @Test
    void bothDirectionsAreCheckedAtOnceAndLabelledWithTheirSources() {
        model.check(fx.commentary(), fx.report());

        assertThat(model.inA().headingProperty().get()).isEqualTo("Quotations in “"
                + Tools.shorten(fx.commentary().title(), 36) + "”, checked against “"
                + Tools.shorten(fx.report().title(), 36) + "”");
        assertThat(model.inB().headingProperty().get())
                .startsWith("Quotations in “" + Tools.shorten(fx.report().title(), 36));
        assertThat(model.inA().checks()).extracting(c -> c.quotation().text())
                .contains("There must be honesty in our relations.");
        QuoteCheck member = altered(model.inB());
        assertThat(member.quotation().text()).startsWith("Perhaps Russia could be a member");
        assertThat(member.diff().summary()).contains("\"an Ally\" → \"a member (of NATO)");
        assertThat(member.matchText()).contains("Perhaps Russia could be an Ally");
        assertThat(model.inB().summaryProperty().get())
                .matches("\\d+ quotations: \\d+ verbatim, [1-9]\\d* altered, \\d+ not found");
        assertThat(model.inB().checks()).anySatisfy(c -> assertThat(c.status())
                .isEqualTo(QuoteCheck.Status.NOT_FOUND));
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void choosingARowRevealsTheQuotationAndItsMatchInTheirSources() {
        model.check(fx.commentary(), fx.report());
        QuoteCheck member = altered(model.inB());

        model.choose(model.inB(), member);

        assertThat(revealed).containsExactly(fx.report().id() + ":" + member.quotation().outer(),
                fx.commentary().id() + ":" + member.match());
    }

    @Test
    void whicheverPaneWasLastClickedTheSameTwoDirectionsAreChecked() {
        fx.activePane = 1;
        model.checkPanes();
        assertThat(model.inA().source()).isEqualTo(fx.commentary());
        assertThat(model.inA().reference()).isEqualTo(fx.report());
        assertThat(model.inB().source()).isEqualTo(fx.report());
        assertThat(model.inB().checks()).anySatisfy(c -> assertThat(c.status())
                .isEqualTo(QuoteCheck.Status.ALTERED));

        fx.activePane = 0;
        model.checkPanes();
        assertThat(model.inA().source()).isEqualTo(fx.commentary());
        assertThat(model.inB().checks()).anySatisfy(c -> assertThat(c.status())
                .isEqualTo(QuoteCheck.Status.ALTERED));
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void theRealPanesRevealBothEndsAndMarkThem() {
        QuoteCheckViewModel real = new QuoteCheckViewModel(fx.context, fx.context.panes());
        real.check(fx.commentary(), fx.report());
        QuoteCheck member = altered(real.inB());

        real.choose(real.inB(), member);

        TextSpan left = fx.window.panes().get(0).revealProperty().get();
        assertThat(left).isEqualTo(member.match());
        assertThat(fx.window.panes().get(1).revealProperty().get()).isEqualTo(member.quotation().outer());
        assertThat(fx.window.panes().get(0).matches()).contains(member.match());
    }
}
