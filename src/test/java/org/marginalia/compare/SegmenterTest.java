package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.model.TextSpan;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    private List<String> sentences(String text) {
        return segmenter.sentences(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsAtFullStopsButNotAfterInitialsOrAbbreviations() {
        assertThat(sentences("On Dec. 23, George W. Bush met him. The U.S. National Archive agreed! Did it? Yes."))
                .containsExactly("On Dec. 23, George W. Bush met him.", "The U.S. National Archive agreed!",
                        "Did it?", "Yes.");
        assertThat(sentences("Just like the U.S. He stated it."))
                .containsExactly("Just like the U.S.", "He stated it.");
    }

    @Test
    void closingQuotesStayWithTheirSentenceAndEllipsesEndOne() {
        assertThat(sentences("He said: “It’s a matter of trust.” Then he left... Nobody followed."))
                .containsExactly("He said: “It’s a matter of trust.”", "Then he left...", "Nobody followed.");
    }

    @Test
    void headingsAndParagraphsStandAloneButWrappedLinesJoin() {
        assertThat(sentences("Subscribe\n\nA long line that\nwraps here. Next\nHeading"))
                .containsExactly("Subscribe", "A long line that\nwraps here.", "Next", "Heading");
    }

    @Test
    void clausesEndAtCommasOutsideBrackets() {
        String text = "\"Perhaps Russia could be a member (of NATO, say)\", Putin said — literally.";
        TextSpan sentence = segmenter.sentences(text).get(0);
        assertThat(segmenter.clauses(text, sentence)).extracting(c -> c.of(text))
                .containsExactly("\"Perhaps Russia could be a member (of NATO, say)\",", "Putin said", "— literally.");
    }
}
