package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Candidate;

class CounterpartFinderSampleTest {

    private final CounterpartFinder.Index report = CounterpartFinder.index(Samples.report());

    private Candidate top(String passage) {
        List<Candidate> found = report.find(passage, 3);
        found.forEach(c -> System.err.println(c.score() + " " + c.span().of(report.text()) + " " + c.matchingWords()));
        assertThat(found).isNotEmpty();
        return found.get(0);
    }

    @Test
    void theApplicationOf1954IsFoundFirst() {
        Candidate top = top("In 1954, the Soviet Union applied to join NATO.");
        assertThat(top.span().of(report.text()))
                .contains("in 1954, the Soviet Union had already applied for NATO membership");
        assertThat(top.matchingWords()).contains("1954", "Soviet", "applied");
    }

    @Test
    void multiEthnicMeetsMultinational() {
        Candidate top = top("Russia is European and multi-ethnic, like the United States.");
        assertThat(top.span().of(report.text())).contains("his country is European and multinational");
    }

    @Test
    void allyMeetsMember() {
        Candidate top = top("Perhaps Russia could be an Ally.");
        assertThat(top.span().of(report.text())).contains("Perhaps Russia could be a member (of NATO)");
        assertThat(top.score()).isLessThan(1.0);
    }

    @Test
    void aVerbatimPassageComesFirstWithScoreOne() {
        String passage = "he can envision Russia and the U.S. as allies";
        Candidate top = top(passage);
        assertThat(top.score()).isEqualTo(1.0);
        assertThat(top.span().of(report.text())).isEqualTo(passage);
    }

    @Test
    void curlyQuotesAndLineBreaksStillCountAsVerbatim() {
        Candidate top = top("Moscow feels “excluded”\nfrom the alliance");
        assertThat(top.score()).isEqualTo(1.0);
        assertThat(top.span().of(report.text())).isEqualTo("Moscow feels \"excluded\" from the alliance");
    }
}
