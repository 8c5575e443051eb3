package org.marginalia.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marginalia.model.TextSpan;

/** The measures against worked examples published with them, not against numbers this code produced. */
class AgreementTest {

    /**
     * K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section A, binary data, two observers,
     * ten units: A = 0 1 0 0 0 0 0 0 1 0, B = 1 1 1 0 0 1 0 0 0 0; published α = 0.095.
     */
    private static final int[] KRIPPENDORFF_A = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
    private static final int[] KRIPPENDORFF_B = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};

    @Test
    void krippendorffsBinaryExampleGivesThePublishedAlpha() {
        // Unit 2 coded by both, unit 9 by A only, units 1, 3 and 6 by B only, five by neither.
        AgreementTable table = new AgreementTable(1, 1, 3, 5);
        assertThat(table.krippendorffsAlpha()).isCloseTo(0.095, within(0.0005));
        assertThat(NominalAlpha.of(KRIPPENDORFF_A, KRIPPENDORFF_B)).isCloseTo(0.095, within(0.0005));
        assertThat(table.percentAgreement()).isEqualTo(0.6);
    }

    /**
     * The same publication, section B, nominal data, two observers, twelve units (values a..e as 1..5):
     * A = a a b b d c c c e d d a, B = b a b b b c c c e d d d; published α = 0.692.
     */
    @Test
    void krippendorffsNominalExampleGivesThePublishedAlpha() {
        int[] first = {1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1};
        int[] second = {2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4};
        assertThat(NominalAlpha.of(first, second)).isCloseTo(0.692, within(0.0005));
    }

    /**
     * Cohen's kappa, "simple example" of the Wikipedia article "Cohen's kappa": 50 grant proposals, both readers
     * yes 20, A yes B no 5, A no B yes 10, both no 15; published p_o = 0.7, p_e = 0.5, κ = 0.4.
     */
    @Test
    void cohensKappaMatchesThePublishedGrantProposalExample() {
        AgreementTable table = new AgreementTable(20, 5, 10, 15);
        assertThat(table.percentAgreement()).isCloseTo(0.7, within(1e-12));
        assertThat(table.cohensKappa()).isCloseTo(0.4, within(1e-12));
    }

    /**
     * easycalculation.com, "Cohen's Kappa Index" worked example: 20 patients, both doctors yes 12, A yes B no 4,
     * A no B yes 2, both no 2; published Pr(a) = 0.7, Pr(e) = 0.62, κ = 0.21.
     */
    @Test
    void cohensKappaMatchesThePublishedDoctorsExample() {
        assertThat(new AgreementTable(12, 4, 2, 2).cohensKappa()).isCloseTo(0.21, within(0.005));
    }

    @Test
    void characterLevelAlphaOnTextIsKrippendorffsBinaryAlphaWithEachCharacterAUnit() {
        Map<Long, Integer> source = Map.of(1L, 10);
        AgreementTable table = AgreementCalculator.compute(source, coded(KRIPPENDORFF_A), coded(KRIPPENDORFF_B), false)
                .perTag().get("trust");
        assertThat(table).isEqualTo(new AgreementTable(1, 1, 3, 5));
        assertThat(table.krippendorffsAlpha()).isCloseTo(0.095, within(0.0005));
    }

    @Test
    void excludingUncodedTextLeavesOutWhatNeitherCoderMarked() {
        Agreement agreement = AgreementCalculator.compute(Map.of(1L, 10), coded(KRIPPENDORFF_A),
                coded(KRIPPENDORFF_B), true);
        // Coded by someone: characters 0, 1, 2, 5, 8; the five untouched ones leave the table.
        assertThat(agreement.perTag().get("trust")).isEqualTo(new AgreementTable(1, 1, 3, 0));
        assertThat(agreement.excludeUncoded()).isTrue();
    }

    @Test
    void tagsAreMatchedByPathWithoutRegardToCaseAndPooledOverall() {
        List<CodedSpan> first = List.of(new CodedSpan(1, new TextSpan(0, 4), "Russia / NATO"),
                new CodedSpan(1, new TextSpan(6, 8), "Trust"));
        List<CodedSpan> second = List.of(new CodedSpan(1, new TextSpan(0, 4), "russia/nato"));
        Agreement agreement = AgreementCalculator.compute(Map.of(1L, 10), first, second, false);
        assertThat(agreement.perTag()).containsOnlyKeys("Russia / NATO", "Trust");
        assertThat(agreement.perTag().get("Russia / NATO").cohensKappa()).isEqualTo(1.0);
        assertThat(agreement.perTag().get("Trust")).isEqualTo(new AgreementTable(0, 2, 0, 8));
        assertThat(agreement.overall()).isEqualTo(new AgreementTable(4, 2, 0, 14));
    }

    @Test
    void disagreementsNameTheSideAndHowManyCharactersDiffer() {
        List<CodedSpan> first = List.of(new CodedSpan(1, new TextSpan(0, 10), "trust"),
                new CodedSpan(1, new TextSpan(20, 25), "trust"), new CodedSpan(1, new TextSpan(30, 35), "fear"));
        List<CodedSpan> second = List.of(new CodedSpan(1, new TextSpan(2, 10), "Trust"),
                new CodedSpan(1, new TextSpan(40, 44), "trust"), new CodedSpan(1, new TextSpan(30, 35), "fear"));
        List<Disagreement> found = DisagreementFinder.find(first, second);
        assertThat(found).extracting(Disagreement::kind, Disagreement::difference).containsExactly(
                tuple(Disagreement.Kind.SPANS_DIFFER, 2),
                tuple(Disagreement.Kind.FIRST_ONLY, 5),
                tuple(Disagreement.Kind.SECOND_ONLY, 4));
    }

    private static List<CodedSpan> coded(int[] values) {
        List<CodedSpan> spans = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 1) {
                spans.add(new CodedSpan(1, new TextSpan(i, i + 1), "trust"));
            }
        }
        return spans;
    }
}
