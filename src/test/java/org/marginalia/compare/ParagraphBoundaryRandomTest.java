package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Candidate;

/**
 * No candidate runs across a blank line, even for a passage built to tempt it: the end of one paragraph's last
 * sentence joined to the start of the next paragraph's first, with words changed. Seeded; the seed is printed.
 */
class ParagraphBoundaryRandomTest {

    private static final String[] WORDS = {"Russia", "NATO", "alliance", "treaty", "member", "could", "be", "an",
        "ally", "the", "of", "and", "Soviet", "Union", "applied", "join", "Europe", "border", "war", "peace",
        "president", "said", "document", "honesty", "trust", "enlargement", "question", "world", "1954", "Ukraine"};

    @Test
    void noCandidateCrossesAParagraphBreak() {
        long seed = new Random().nextLong();
        System.err.println("ParagraphBoundaryRandomTest seed " + seed);
        Random random = new Random(seed);
        for (int iteration = 0; iteration < 150; iteration++) {
            List<List<String>> paragraphs = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 2 + random.nextInt(5); p++) {
                List<String> sentences = new ArrayList<>();
                for (int s = 0; s < 1 + random.nextInt(4); s++) {
                    sentences.add(sentence(random));
                }
                paragraphs.add(sentences);
                text.append(String.join(" ", sentences)).append(random.nextBoolean() ? "\n\n" : "\n \n");
            }
            String target = text.toString();
            CounterpartFinder.Index index = CounterpartFinder.index(target);
            int p = random.nextInt(paragraphs.size() - 1);
            List<String> before = paragraphs.get(p);
            String tail = before.get(before.size() - 1);
            String head = paragraphs.get(p + 1).get(0);
            String passage = mutate(random, tail.substring(tail.length() / 2) + " " + head.substring(0,
                    head.length() / 2));
            for (Candidate candidate : index.find(passage, 5)) {
                if (candidate.score() < 1.0) {
                    assertThat(candidate.span().of(target)).as("seed %d, passage %s", seed, passage)
                            .doesNotContainPattern("\\n[^\\S\\n]*\\n");
                }
            }
        }
    }

    private static String sentence(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 4 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            out.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            out.append(i == n - 1 ? "." : " ");
        }
        return out.toString();
    }

    private static String mutate(Random random, String passage) {
        String[] words = passage.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(4) == 0) {
                words[i] = WORDS[random.nextInt(WORDS.length)];
            }
        }
        return String.join(" ", words);
    }
}
