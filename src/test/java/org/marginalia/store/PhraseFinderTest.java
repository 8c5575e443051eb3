package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marginalia.model.TextSpan;

/** The finder places each match as the index finds it: case, accents and punctuation between words ignored. */
class PhraseFinderTest {

    @Test
    void findsEveryMatchIgnoringCaseAccentsAndPunctuation() {
        String text = "Le café du port. CAFE DU port; cafe\u0301 — du  Port! cafés du port";
        assertThat(new PhraseFinder("Café du port").find(text)).extracting(span -> span.of(text))
                .containsExactly("café du port", "CAFE DU port", "cafe\u0301 — du  Port");
    }

    @Test
    void plainAsciiTextMatchesWholeWordsOnly() {
        String text = "The theatre closed; THE end, the\nEND. Bathe the end";
        assertThat(new PhraseFinder("the end").find(text)).extracting(span -> span.of(text))
                .containsExactly("THE end", "the\nEND", "the end");
        assertThat(new PhraseFinder("Café").find("a cafe")).containsExactly(new TextSpan(2, 6));
    }

    @Test
    void overlappingMatchesCountAsTheIndexCountsThem() {
        assertThat(new PhraseFinder("a a").find("a a a, b")).containsExactly(new TextSpan(0, 3), new TextSpan(2, 5));
    }

    @Test
    void astralCharactersBeforeAMatchKeepItsPlace() {
        String text = "\uD83D\uDCDC\uD83D\uDCDCsigned by the king";
        assertThat(new PhraseFinder("the king").find(text)).containsExactly(new TextSpan(14, 22));
    }

    @Test
    void snippetMarksTheMatchAndCutsLongContextAtSpaces() {
        String text = "word ".repeat(40) + "the match " + "word ".repeat(40);
        String snippet = SearchStore.snippet(text, new TextSpan(200, 209));
        assertThat(snippet).startsWith("…word").endsWith("word…").contains(" [the match] ").doesNotContain("\n");
    }
}
