package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reporting frame comes off a passage before it is embedded; what was said stays. */
class ReportedSpeechTest {

    @Test
    void anInsertedFrameGoesAndTheSentenceStaysWhole() {
        assertThat(ReportedSpeech.withoutFrame("Perhaps Russia, Putin said, could be an ally."))
                .isEqualTo("Perhaps Russia could be an ally.");
        assertThat(ReportedSpeech.withoutFrame("Trust is a gift, she writes, whereas suspicion is a burden."))
                .isEqualTo("Trust is a gift, whereas suspicion is a burden.");
    }

    @Test
    void anOpeningOrClosingFrameGoes() {
        assertThat(ReportedSpeech.withoutFrame("The minister warned that the harvest would fail."))
                .isEqualTo("The harvest would fail.");
        assertThat(ReportedSpeech.withoutFrame("According to the mayor, the bridge will reopen in May."))
                .isEqualTo("The bridge will reopen in May.");
        assertThat(ReportedSpeech.withoutFrame("Perhaps Russia could be a member (of NATO), Putin said."))
                .isEqualTo("Perhaps Russia could be a member (of NATO).");
    }

    @Test
    void aSentenceWithoutAFrameOrAVerbThatIsAlsoANounIsKept() {
        for (String kept : new String[] {"Russia is European and multi-ethnic", "The United States holds the key.",
                "He held office for eight years.", "The states notes were lost.", "Putin said so."}) {
            assertThat(ReportedSpeech.withoutFrame(kept)).isEqualTo(kept);
        }
    }
}
