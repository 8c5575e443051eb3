package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;

/** match, quotes and align on the demo project: the showcase discrepancy in one line of output. */
class CompareCommandsTest {

    @TempDir
    Path dir;
    Path demo;

    private String run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true),
                new PrintStream(new ByteArrayOutputStream(), true));
        assertThat(code).as("exit code of %s", List.of(strings)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void demo() {
        demo = dir.resolve("demo.marginalia");
        run("demo", demo);
    }

    @Test
    void quotesShowsTheAlteredQuotationWithItsDiff() {
        List<String> lines = run("quotes", demo, "--doc", "2", "--against", "1").lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line.split("\t")).containsExactly("altered",
                "Perhaps Russia could be a member (of NATO),", "Perhaps Russia could be an Ally",
                "\"an Ally\" → \"a member (of NATO)\""));
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(4));
    }

    @Test
    void theShowcaseIsAlteredInBothDirections() {
        List<String> oneAgainstTwo = run("quotes", demo, "--doc", "1", "--against", "2").lines().toList();
        oneAgainstTwo.forEach(System.err::println);
        assertThat(oneAgainstTwo).anySatisfy(line -> {
            String[] fields = line.split("\t");
            assertThat(fields[0]).isEqualTo("altered");
            assertThat(fields[1]).isEqualTo("Russia could be an ally");
            assertThat(fields[2]).startsWith("Russia could be a member");
            assertThat(fields[3]).contains("→ \"an ally\"");
        });
        List<String> twoAgainstOne = run("quotes", demo, "--doc", "2", "--against", "1").lines().toList();
        assertThat(twoAgainstOne).anySatisfy(line -> assertThat(line.split("\t")).containsExactly("altered",
                "Perhaps Russia could be a member (of NATO),", "Perhaps Russia could be an Ally",
                "\"an Ally\" → \"a member (of NATO)\""));
    }

    @Test
    void matchReadsOneQuotePerLineAndPrefixesTheLineNumber() throws Exception {
        Path queries = Files.writeString(dir.resolve("quotes.txt"),
                "Russia is European and multi-ethnic\n\nIn 1954, the Soviet Union applied to join NATO.\n");
        List<String> lines = run("match", demo, "--in", "2", "--queries", queries, "--top", "2").lines().toList();
        lines.forEach(System.err::println);
        assertThat(lines).extracting(l -> l.split("\t")[0]).containsOnly("1", "3");
        assertThat(lines).filteredOn(l -> l.startsWith("1\t")).hasSize(2).first()
                .satisfies(l -> assertThat(l.split("\t")).hasSize(5)
                        .satisfies(f -> assertThat(f[4]).contains("European and multinational")));
        assertThat(lines).filteredOn(l -> l.startsWith("3\t")).first()
                .satisfies(l -> assertThat(l).contains("in 1954, the Soviet Union had already applied"));
    }

    @Test
    void matchPrintsCodePointOffsetsOfTheCounterpart() {
        String text = run("show", demo, "2");
        String first = run("match", demo, "--doc", "1", "--quote", "Russia is European and multi-ethnic", "--in", "2",
                "--top", "2").lines().findFirst().orElseThrow();
        String[] fields = first.split("\t");
        assertThat(Double.parseDouble(fields[0])).isBetween(0.0, 1.0);
        int[] cps = text.codePoints().toArray();
        String cut = new String(cps, Integer.parseInt(fields[1]),
                Integer.parseInt(fields[2]) - Integer.parseInt(fields[1]));
        assertThat(cut).isEqualTo(fields[3]).contains("European and multinational");
    }

    @Test
    void alignWritesACsvOfSentencePairs() throws Exception {
        Path csv = dir.resolve("align.csv");
        run("align", demo, "2", "1", "--out", csv);
        String content = Files.readString(csv);
        assertThat(content).startsWith("score,a_start,a_end,b_start,b_end,a_text,b_text");
        assertThat(content).contains("Perhaps Russia could be an Ally.");
        try (Stream<Path> leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
