package org.marginalia.compare;

/**
 * Smith–Waterman local alignment of a query against a stretch of target tokens. Word overlap says a region shares
 * vocabulary; the alignment says where the shared words run in the same order, which is what cuts a candidate region
 * down to the tight span a paraphrase corresponds to. Matches score by word weight, so a run of stop words alone does
 * not make an alignment; gaps are cheap because paraphrases insert and drop words freely.
 */
final class LocalAligner {

    static final double MISMATCH = -0.35;
    static final double GAP = -0.25;

    /** Inclusive token ranges in query and target, and the alignment's score. */
    record Alignment(int queryFirst, int queryLast, int targetFirst, int targetLast, double score) {
    }

    static double matchScore(double similarity, double weight) {
        return similarity * (0.25 + 0.75 * weight);
    }

    /** The best local alignment of the query with target tokens {@code [from, to)}, or null if nothing matches. */
    Alignment align(Query query, TargetText target, int from, int to) {
        int m = query.size();
        int n = to - from;
        double[][] h = new double[m + 1][n + 1];
        byte[][] move = new byte[m + 1][n + 1];
        double[][] similarity = new double[query.terms.size()][n];
        for (int j = 0; j < n; j++) {
            Query.Match[] matches = query.matchesOf(target.term[from + j]);
            if (matches != null) {
                for (Query.Match match : matches) {
                    similarity[match.term()][j] = match.similarity();
                }
            }
        }
        double best = 0;
        int bestI = 0;
        int bestJ = 0;
        for (int i = 1; i <= m; i++) {
            double w = query.weight[query.termOf[i - 1]];
            double[] row = similarity[query.termOf[i - 1]];
            for (int j = 1; j <= n; j++) {
                double sim = row[j - 1];
                double diagonal = h[i - 1][j - 1] + (sim > 0 ? matchScore(sim, w) : MISMATCH);
                double up = h[i - 1][j] + GAP;
                double left = h[i][j - 1] + GAP;
                double score = Math.max(0, Math.max(diagonal, Math.max(up, left)));
                h[i][j] = score;
                move[i][j] = score == 0 ? 0 : score == diagonal ? (byte) 1 : score == up ? (byte) 2 : (byte) 3;
                if (score > best) {
                    best = score;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (best <= 0) {
            return null;
        }
        int i = bestI;
        int j = bestJ;
        int firstI = i;
        int firstJ = j;
        while (i > 0 && j > 0 && move[i][j] != 0) {
            if (move[i][j] == 1) {
                firstI = i;
                firstJ = j;
                i--;
                j--;
            } else if (move[i][j] == 2) {
                i--;
            } else {
                j--;
            }
        }
        return new Alignment(firstI - 1, bestI - 1, from + firstJ - 1, from + bestJ - 1, best);
    }
}
