package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Candidate;
import org.marginalia.model.TextSpan;

/**
 * Paraphrases of sentences from public-domain texts (src/test/resources/compare/paraphrase-eval.tsv), searched in
 * one target made of all the originals, so Lincoln's two speeches compete with each other. Guards against the
 * finder getting worse: the floors are the accuracies measured when the set was written, minus a small margin.
 */
class ParaphraseEvaluationTest {

    private static final double TOP1_FLOOR = 0.94;
    private static final double TOP3_FLOOR = 0.94;

    @Test
    void paraphrasesFindTheirOriginals() throws IOException {
        List<String[]> rows = read("paraphrase-eval.tsv").lines().skip(1).map(l -> l.split("\t")).toList();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        StringBuilder target = new StringBuilder();
        for (String[] row : rows) {
            if (!offsets.containsKey(row[1])) {
                offsets.put(row[1], target.length());
                target.append(read(row[1])).append("\n\n");
            }
        }
        String text = target.toString();
        CounterpartFinder.Index index = CounterpartFinder.index(text);
        int top1 = 0;
        int top3 = 0;
        for (String[] row : rows) {
            int at = text.indexOf(row[2], offsets.get(row[1]));
            assertThat(at).as(row[0]).isNotNegative();
            TextSpan original = new TextSpan(at, at + row[2].length());
            List<Candidate> found = index.find(row[3], 3);
            for (int rank = 0; rank < found.size(); rank++) {
                if (found.get(rank).span().overlaps(original)) {
                    top1 += rank == 0 ? 1 : 0;
                    top3++;
                    break;
                }
            }
            if (found.isEmpty() || !found.get(0).span().overlaps(original)) {
                System.err.println("miss " + row[0] + ": " + row[3] + "\n  got "
                        + found.stream().map(c -> c.span().of(text)).toList());
            }
        }
        double top1Accuracy = (double) top1 / rows.size();
        double top3Accuracy = (double) top3 / rows.size();
        System.err.printf("paraphrase evaluation: %d pairs, top-1 %.3f, top-3 %.3f%n", rows.size(), top1Accuracy,
                top3Accuracy);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        assertThat(top1Accuracy).isGreaterThanOrEqualTo(TOP1_FLOOR);
        assertThat(top3Accuracy).isGreaterThanOrEqualTo(TOP3_FLOOR);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ParaphraseEvaluationTest.class.getResourceAsStream("/compare/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
