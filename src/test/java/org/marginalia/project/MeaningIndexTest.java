package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.compare.EmbedderUnavailableException;
import org.marginalia.compare.SentenceEmbedder;
import org.marginalia.importer.Importers;
import org.marginalia.model.Candidate;

/** Sentence embeddings are computed once, stored in the project file, and reused; without a model, words still work. */
class MeaningIndexTest {

    @TempDir
    Path dir;

    /** A stand-in model: one axis per first letter of the text, so similar sentences are close. Counts its work. */
    static final class CountingEmbedder implements SentenceEmbedder {
        final List<Integer> calls = new ArrayList<>();

        @Override
        public String modelName() {
            return "counting-test-model";
        }

        @Override
        public float[][] embed(List<String> texts) {
            calls.add(texts.size());
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new float[26];
                String t = texts.get(i).toLowerCase();
                int axis = t.isEmpty() || t.charAt(0) < 'a' || t.charAt(0) > 'z' ? 0 : t.charAt(0) - 'a';
                out[i][axis] = 1;
            }
            return out;
        }
    }

    private long importSample(Project project) throws Exception {
        Path seeds = Path.of(System.getProperty("marginalia.seeds", "assets/samples"));
        Path copy = Files.copy(seeds.resolve("001_787e3ca0482940cb.txt"), dir.resolve("report.txt"));
        return project.sources().importFile(copy).document().id();
    }

    @Test
    void sentencesAreEmbeddedOnceAndReadBackOnTheNextOpen() throws Exception {
        Path file = dir.resolve("p.marginalia");
        CountingEmbedder first = new CountingEmbedder();
        long doc;
        List<Long> progress = new ArrayList<>();
        try (Project project = Project.openWith(file, Importers.standard()::read, first)) {
            doc = importSample(project);
            boolean ready = project.compare().prepareMeaning(doc, new CompareProgress() {
                @Override
                public void update(long done, long total) {
                    progress.add(done);
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            assertThat(ready).isTrue();
        }
        int sentences = first.calls.stream().mapToInt(Integer::intValue).sum();
        assertThat(sentences).isGreaterThan(20);
        assertThat(progress).isNotEmpty().last().isEqualTo((long) sentences);

        CountingEmbedder second = new CountingEmbedder();
        try (Project project = Project.openWith(file, Importers.standard()::read, second)) {
            assertThat(project.compare().prepareMeaning(doc, CompareProgress.NONE)).isTrue();
            List<Candidate> found = project.compare().counterparts("Perhaps Russia could be an Ally", doc, 3);
            assertThat(found).isNotEmpty();
            assertThat(project.compare().notice()).isEmpty();
        }
        assertThat(second.calls).as("only the query is embedded after reopening").containsExactly(1);
    }

    @Test
    void aCancelledIndexStoresNothing() throws Exception {
        CountingEmbedder model = new CountingEmbedder();
        try (Project project = Project.openWith(dir.resolve("p.marginalia"), Importers.standard()::read, model)) {
            long doc = importSample(project);
            assertThat(project.compare().prepareMeaning(doc, new CompareProgress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean cancelled() {
                    return true;
                }
            })).isFalse();
            assertThat(model.calls).isEmpty();
        }
    }

    @Test
    void withoutTheModelMatchingWorksOnWordsAndSaysSo() throws Exception {
        SentenceEmbedder broken = new SentenceEmbedder() {
            @Override
            public String modelName() {
                return "broken";
            }

            @Override
            public float[][] embed(List<String> texts) throws EmbedderUnavailableException {
                throw new EmbedderUnavailableException("the sentence model could not load: test", null);
            }
        };
        try (Project project = Project.openWith(dir.resolve("p.marginalia"), Importers.standard()::read, broken)) {
            long doc = importSample(project);
            List<Candidate> found = project.compare().counterparts("Perhaps Russia could be an Ally", doc, 3);
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).span().of(project.compare().text(doc)))
                    .contains("Perhaps Russia could be a member (of NATO)");
            assertThat(project.compare().notice()).hasValueSatisfying(notice -> assertThat(notice)
                    .contains("Comparison by meaning is off").contains("could not load").contains("words only"));
        }
    }
}
