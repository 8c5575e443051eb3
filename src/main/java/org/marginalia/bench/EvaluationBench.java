package org.marginalia.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.marginalia.compare.CounterpartFinder;
import org.marginalia.compare.E5Embedder;
import org.marginalia.compare.EmbedderUnavailableException;
import org.marginalia.compare.Language;
import org.marginalia.compare.RetrievalEvaluation;
import org.marginalia.compare.SentenceBaseline;

/**
 * The evaluation table of comparison: Marginalia against whole-sentence BM25 and TF-IDF, top-1 / top-3 / MRR, on the
 * 38-pair set and on both halves of the hard set (tuning and held-out). The sets are the test resources of the source
 * tree ({@code src/test/resources/compare}, or the folder given), not part of the application.
 */
final class EvaluationBench {

    /** Where the sets are when {@code bench} runs from the source tree. */
    static final Path DEFAULT_SETS = Path.of("src", "test", "resources", "compare");
    static final List<String> ROWS = List.of("compare eval: 38-pair set", "compare eval: hard set, tuning half",
            "compare eval: hard set, held-out half");

    private EvaluationBench() {
    }

    static List<BenchRow> run(Path sets, Consumer<String> progress) {
        if (!Files.isRegularFile(sets.resolve("paraphrase-hard.tsv"))) {
            return notMeasured("no paraphrase sets in " + sets + " (run from the source tree or give --eval-dir)");
        }
        RetrievalEvaluation.Files files = name -> Files.readString(sets.resolve(name));
        List<BenchRow> rows = new ArrayList<>();
        try {
            progress.accept("evaluation: the 38-pair set");
            RetrievalEvaluation easy = new RetrievalEvaluation("38-pair", "paraphrase-eval.tsv", files);
            rows.add(row(ROWS.get(0), easy, withMeaning(easy), null));
            progress.accept("evaluation: the hard set");
            RetrievalEvaluation hard = new RetrievalEvaluation("hard", "paraphrase-hard.tsv", files);
            CounterpartFinder.Index index = withMeaning(hard);
            rows.add(row(ROWS.get(1), hard, index, "tune"));
            rows.add(row(ROWS.get(2), hard, index, "heldout"));
        } catch (EmbedderUnavailableException e) {
            return notMeasured("the sentence model is unavailable: " + e.getMessage());
        }
        return rows;
    }

    static List<BenchRow> notMeasured(String why) {
        return ROWS.stream().map(name -> BenchRow.notMeasured(name, why)).toList();
    }

    private static CounterpartFinder.Index withMeaning(RetrievalEvaluation set) throws EmbedderUnavailableException {
        String text = set.target();
        List<String> sentences = CounterpartFinder.sentences(text).stream().map(s -> s.of(text)).toList();
        E5Embedder model = new E5Embedder();
        return CounterpartFinder.index(text, Language.ENGLISH, model.embed(sentences), model);
    }

    private static BenchRow row(String name, RetrievalEvaluation set, CounterpartFinder.Index index, String split) {
        RetrievalEvaluation.Figures ours = set.finder("Marginalia", index, split);
        RetrievalEvaluation.Figures bm25 = set.baseline(SentenceBaseline.Kind.BM25, split);
        RetrievalEvaluation.Figures tfIdf = set.baseline(SentenceBaseline.Kind.TF_IDF, split);
        String note = String.format(Locale.ROOT, "%d queries; top-1 / top-3 / MRR: Marginalia %s, BM25 %s, TF-IDF %s",
                ours.queries(), figures(ours), figures(bm25), figures(tfIdf));
        return BenchRow.measured(name, "top-1", new double[] {ours.top1()}, note);
    }

    private static String figures(RetrievalEvaluation.Figures f) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", f.top1(), f.top3(), f.mrr());
    }
}
