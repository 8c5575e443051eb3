package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marginalia.model.WordDiff;
import org.marginalia.model.WordDiff.Change;

class WordDifferTest {

    private final WordDiffer differ = new WordDiffer();

    @Test
    void theAllyBecomesAMemberOfNato() {
        String left = "Perhaps Russia could be an Ally.";
        String right = "Perhaps Russia could be a member (of NATO).";
        WordDiff diff = differ.diff(left, right);
        assertThat(diff.summary()).isEqualTo("\"an Ally\" → \"a member (of NATO)\"");
        WordDiff.Piece removed = diff.pieces().stream().filter(p -> p.change() == Change.REMOVED).findFirst()
                .orElseThrow();
        assertThat(removed.left().of(left)).isEqualTo("an Ally");
        assertThat(removed.right()).isNull();
    }

    @Test
    void curlyAndStraightQuotesAndWhiteSpaceAreNoDifference() {
        WordDiff diff = differ.diff("Russia’s  “ally”", "Russia's \"ally\"");
        assertThat(diff.isIdentical()).isTrue();
        assertThat(differ.diff("Ally", "ally").isIdentical()).isFalse();
    }

    @Test
    void piecesTileBothSidesExactly() {
        long seed = new Random().nextLong();
        System.err.println("WordDifferTest seed " + seed);
        Random random = new Random(seed);
        String[] words = {"the", "Ally", "member", "(of", "NATO)", "😀", "𝔘nion", "co-operate", ",", ".", "\n", "  "};
        for (int iteration = 0; iteration < 200; iteration++) {
            String left = randomText(random, words);
            String right = randomText(random, words);
            WordDiff diff = differ.diff(left, right);
            String leftAgain = diff.pieces().stream().filter(p -> p.change() != Change.ADDED)
                    .map(p -> p.left().of(left)).collect(Collectors.joining());
            String rightAgain = diff.pieces().stream().filter(p -> p.change() != Change.REMOVED)
                    .map(p -> p.right().of(right)).collect(Collectors.joining());
            assertThat(leftAgain).as("seed %d", seed).isEqualTo(left.isBlank() ? "" : left);
            assertThat(rightAgain).as("seed %d", seed).isEqualTo(right.isBlank() ? "" : right);
            diff.pieces().forEach(p -> {
                if (p.left() != null) {
                    p.left().checkWithin(left);
                }
                if (p.right() != null) {
                    p.right().checkWithin(right);
                }
            });
        }
    }

    private static String randomText(Random random, String[] words) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
        }
        return out.toString();
    }
}
