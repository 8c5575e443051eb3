package org.marginalia.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;

/** A small coded project built by hand, whose every count is worked out in the tests' comments. */
final class HandBuiltCoding {

    static final long A = 10;
    static final long B = 20;
    static final long C = 30;
    static final List<Long> TAGS = List.of(A, B, C);
    static final List<Long> SOURCES = List.of(1L, 2L);
    static final String FIRST = "Alpha one. Beta two.\n\nGamma three. Delta four.";
    static final String SECOND = "Epsilon five.";
    static final Map<Long, String> TEXTS = Map.of(1L, FIRST, 2L, SECOND);

    /** p1 "Alpha one" A; p2 "one. Beta" B (overlaps p1, two sentences); p3 "Gamma" A+C; p4 "Delta" B;
     * p5 "Epsilon" A; p6 "five" B (same sentence as p5, not overlapping). */
    static final List<Annotation> PASSAGES = List.of(
            passage(1, 1, FIRST, "Alpha one", A),
            passage(2, 1, FIRST, "one. Beta", B),
            passage(3, 1, FIRST, "Gamma", A, C),
            passage(4, 1, FIRST, "Delta", B),
            passage(5, 2, SECOND, "Epsilon", A),
            passage(6, 2, SECOND, "five", B));

    private HandBuiltCoding() {
    }

    static Annotation passage(long id, long source, String text, String quote, Long... tags) {
        int start = text.indexOf(quote);
        return new Annotation(id, source, new TextSpan(start, start + quote.length()), quote, "", "", "", "",
                Instant.EPOCH, Instant.EPOCH, List.of(tags));
    }
}
