package org.marginalia.bench;

/**
 * The sizes of the generated data. At scale 1: sources of 5 MB, 10 of them (50 MB) for search, 10,000 passages on
 * the opened source, a 1,000-page PDF, 100,000 passages to export, 100,000 words for the comparison.
 */
record BenchScale(double factor, int runs) {

    BenchScale {
        if (!(factor > 0) || runs < 1) {
            throw new IllegalArgumentException("scale must be positive and runs at least 1");
        }
    }

    int sourceChars() {
        return Math.max(2_000, (int) (5_000_000 * factor));
    }

    int corpusSources() {
        return 10;
    }

    int openPassages() {
        return Math.max(10, (int) (10_000 * factor));
    }

    int tagsPerRun() {
        return Math.max(10, (int) Math.min(50, 500 * factor));
    }

    int pdfPages() {
        return Math.max(2, (int) (1_000 * factor));
    }

    /** Characters a page of the 5,000-page source: 10,000 (50 MB in all) at scale 1. */
    int pageChars() {
        return Math.max(200, (int) (10_000 * factor));
    }

    int exportPassages() {
        return Math.max(10, (int) (100_000 * factor));
    }

    /**
     * Words of the source the meaning rows embed: as {@link #compareWords()} at full scale; a quick run embeds 2,000
     * (at 5,000 the embedding alone took a fifth of a quick run).
     */
    int meaningWords() {
        return factor >= 1 ? compareWords() : Math.max(1_000, (int) (40_000 * factor));
    }

    int compareWords() {
        return Math.max(2_000, (int) (100_000 * factor));
    }
}
