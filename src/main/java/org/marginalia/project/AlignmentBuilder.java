package org.marginalia.project;

import java.util.ArrayList;
import java.util.List;
import org.marginalia.compare.Segmenter;
import org.marginalia.compare.WordDiffer;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.Alignment;
import org.marginalia.model.AlignmentRow;
import org.marginalia.model.TextSpan;

/** Turns aligned sentence pairs into rows a reader can follow, with the sentences left over on both sides. */
final class AlignmentBuilder {

    private AlignmentBuilder() {
    }

    static Alignment build(long idA, String a, long idB, String b, List<AlignedPair> pairs) {
        Segmenter segmenter = new Segmenter();
        WordDiffer differ = new WordDiffer();
        List<AlignmentRow> rows = new ArrayList<>();
        for (TextSpan sentence : segmenter.sentences(a)) {
            AlignedPair pair = pairs.stream().filter(p -> p.a().overlaps(sentence)).findFirst().orElse(null);
            if (pair == null) {
                rows.add(new AlignmentRow(sentence, sentence.of(a), null, "", null, 0));
            } else {
                String left = sentence.of(a);
                String right = pair.b().of(b);
                rows.add(new AlignmentRow(sentence, left, pair.b(), right, differ.diff(left, right), pair.score()));
            }
        }
        for (TextSpan sentence : segmenter.sentences(b)) {
            if (pairs.stream().noneMatch(p -> p.b().overlaps(sentence))) {
                rows.add(insertionPoint(rows, sentence), new AlignmentRow(null, "", sentence, sentence.of(b), null,
                        0));
            }
        }
        return new Alignment(idA, idB, rows);
    }

    /** After the last row whose counterpart in the second source comes before this sentence. */
    private static int insertionPoint(List<AlignmentRow> rows, TextSpan sentence) {
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).b() != null && rows.get(i).b().start() < sentence.start()) {
                at = i + 1;
            }
        }
        return at;
    }
}
