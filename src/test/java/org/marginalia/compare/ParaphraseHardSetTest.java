package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the hard paraphrase set (src/test/resources/compare/paraphrase-hard.tsv) honest: every original is quoted
 * exactly from its target, every paraphrase really rewords (at most 40 % of its content words also occur in the
 * original, compared as plain lowercase words without stemming), and the tuning and held-out halves follow the
 * stated rule, so nobody can move a pair between halves after seeing a result.
 */
class ParaphraseHardSetTest {

    private static final String HEADER = "id\ttarget\toriginal\tparaphrase\tsource\tsplit";
    private static final double MAX_SHARED = 0.40;
    private static final Set<String> STOP = Set.of(("a about above after again against all also am an and any are as"
            + " at be because been before being below between both but by can could did do does doing down during"
            + " each few for from further had has have having he her here hers herself him himself his how i if in"
            + " into is it its itself just let me more most my myself no nor not now of off on once only or other our"
            + " ours ourselves out over own same she should so some such than that the their theirs them themselves"
            + " then there these they this those through to too under until up upon very was we were what when where"
            + " which while who whom why will with would you your yours yourself yourselves s t shall may might must"
            + " hath thus").split(" "));

    @Test
    void everyOriginalOccursExactlyOnceInItsTarget() throws IOException {
        for (String[] row : rows()) {
            String target = read(row[1]);
            int first = target.indexOf(row[2]);
            assertThat(first).as(row[0] + " original in " + row[1]).isNotNegative();
            assertThat(target.indexOf(row[2], first + 1)).as(row[0] + " occurs once").isNegative();
        }
    }

    @Test
    void paraphrasesShareAtMostFortyPercentOfTheirContentWords() throws IOException {
        for (String[] row : rows()) {
            Set<String> paraphrase = contentWords(row[3]);
            Set<String> shared = new HashSet<>(paraphrase);
            shared.retainAll(contentWords(row[2]));
            assertThat((double) shared.size() / paraphrase.size()).as(row[0] + " shares " + shared)
                    .isLessThanOrEqualTo(MAX_SHARED);
        }
    }

    @Test
    void oddNumberedPairsTuneAndEvenNumberedPairsAreHeldOut() throws IOException {
        List<String[]> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(110);
        assertThat(rows.stream().map(r -> r[0]).distinct()).hasSameSizeAs(rows);
        for (String[] row : rows) {
            int number = Integer.parseInt(row[0].substring(1));
            assertThat(row[5]).as(row[0]).isEqualTo(number % 2 == 1 ? "tune" : "heldout");
            assertThat(row[4]).as(row[0]).contains("public domain").endsWith("paraphrase written for this set");
        }
        long heldOut = rows.stream().filter(r -> r[5].equals("heldout")).count();
        assertThat(heldOut).isBetween(rows.size() * 2L / 5, rows.size() * 3L / 5);
    }

    private static Set<String> contentWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !STOP.contains(w))
                .collect(Collectors.toSet());
    }

    private static List<String[]> rows() throws IOException {
        List<String> lines = read("paraphrase-hard.tsv").lines().toList();
        assertThat(lines.get(0)).isEqualTo(HEADER);
        List<String[]> rows = lines.stream().skip(1).map(l -> l.split("\t", -1)).toList();
        rows.forEach(r -> assertThat(r).as(r[0]).hasSize(6));
        return rows;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ParaphraseHardSetTest.class.getResourceAsStream("/compare/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
