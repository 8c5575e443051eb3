package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Candidate;
import org.marginalia.model.TextSpan;

class CounterpartFinderRandomTest {

    private static final String[] PIECES = {
        "Russia", "could", "be", "an", "Ally", "member", "(of", "NATO)", "the", "alliance", "“excluded”", "don’t",
        "multi-ethnic", "😀", "𝔘nion", "🇺🇦", "e\u0301tat", ",", ".", "!", "\n", "\n\n", "  ", "-", "—", "1954"};

    @Test
    void aPassageCopiedFromTheTargetComesFirstWithScoreOneAndAllSpansAreValid() {
        long seed = new Random().nextLong();
        System.err.println("CounterpartFinderRandomTest seed " + seed);
        Random random = new Random(seed);
        for (int iteration = 0; iteration < 200; iteration++) {
            String target = randomText(random, 40 + random.nextInt(300)).replace("\r\n", "\n");
            CounterpartFinder.Index index = CounterpartFinder.index(target);
            int[] bounds = codePointBounds(random, target);
            String passage = target.substring(bounds[0], bounds[1]);
            List<Candidate> found = index.find(passage, 5);
            if (!passage.isBlank()) {
                assertThat(found).as("seed %d, passage %s", seed, passage).isNotEmpty();
                assertThat(found.get(0).score()).as("seed %d", seed).isEqualTo(1.0);
                assertThat(found.get(0).span().of(target)).as("seed %d", seed).isEqualTo(passage);
            }
            String other = randomText(random, 5 + random.nextInt(30));
            for (Candidate candidate : index.find(other, 5)) {
                candidate.span().checkWithin(target);
                assertThat(candidate.score()).as("seed %d", seed).isBetween(0.0, 1.0);
            }
            for (TextSpan sentence : index.sentences()) {
                sentence.checkWithin(target);
            }
            found.forEach(c -> c.span().checkWithin(target));
        }
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            if (random.nextInt(20) == 0) {
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    /** A random [start, end) over whole code points, at most 120 chars long. */
    private static int[] codePointBounds(Random random, String text) {
        int count = text.codePointCount(0, text.length());
        int from = random.nextInt(count);
        int to = Math.min(count, from + 1 + random.nextInt(40));
        int start = text.offsetByCodePoints(0, from);
        return new int[] {start, text.offsetByCodePoints(start, to - from)};
    }
}
