package org.marginalia.bench;

import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.marginalia.importer.Importers;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.project.Project;

/**
 * Opening one page of a 5,000-page source: the page's text read on its own ({@code pageText}), against reading the
 * whole text as a view that loads the source at once would. The project is reopened first, so the file is read
 * through SQLite's cache as after a start. Pages are drawn from a fixed seed across the whole source.
 */
final class PageBench {

    static final String ROW = "open a page of a 5,000-page source";
    static final String BASELINE = "  baseline: read the whole text";
    private static final int PAGES = 5_000;
    private static final int OPENS_PER_RUN = 20;

    private PageBench() {
    }

    /** @param pageChars characters a page (2,000 is a dense printed page; 10,000 × 5,000 pages is 50 MB) */
    static List<BenchRow> run(Path dir, int pageChars, int runs) {
        Path file = dir.resolve("pages.marginalia");
        long id;
        try (Project project = Project.create(file, Importers.standard()::read)) {
            id = project.sources().add(source(pageChars)).document().id();
        }
        double[] page = new double[runs];
        double[] whole = new double[runs];
        double[] pageCpu = new double[runs];
        double[] wholeCpu = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Random random = new Random(5_000);
        try (Project project = Project.open(file, Importers.standard()::read)) {
            for (int run = 0; run < runs; run++) {
                long worst = 0;
                for (int i = 0; i < OPENS_PER_RUN; i++) {
                    int n = i == 0 ? PAGES : 1 + random.nextInt(PAGES);
                    long started = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    if (project.sources().pageText(id, n).isEmpty()) {
                        throw new IllegalStateException("page " + n + " came back empty");
                    }
                    worst = Math.max(worst, System.nanoTime() - started);
                    pageCpu[run] = Math.max(pageCpu[run], (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                }
                page[run] = worst / 1e6;
                long started = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                project.sources().text(id);
                whole[run] = (System.nanoTime() - started) / 1e6;
                wholeCpu[run] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
        }
        String size = String.format(Locale.ROOT, "%,d pages, %.0f MB of text", PAGES, PAGES * (double) pageChars / 1e6);
        return List.of(BenchRow.measured(ROW, "ms", page, "slowest of " + OPENS_PER_RUN + " pages a run; " + size
                        + "; CPU " + cpu(pageCpu)),
                BenchRow.measured(BASELINE, "ms", whole, "one 'String' of the whole text, as before; CPU "
                        + cpu(wholeCpu)));
    }

    private static String cpu(double[] millis) {
        return String.format(Locale.ROOT, "%.0f ms median (SQLite included: same thread)",
                BenchRow.percentile(millis, 50));
    }

    private static ImportedSource source(int pageChars) {
        PseudoEnglish english = new PseudoEnglish(5_000);
        StringBuilder text = new StringBuilder(PAGES * pageChars);
        int[] starts = new int[PAGES];
        for (int p = 0; p < PAGES; p++) {
            starts[p] = text.length();
            text.append(english.text(pageChars)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new ImportedSource(SourceMetadata.titled("5,000 pages"), SourceType.PDF, "pages.pdf", bytes,
                    sha256, text.toString(), PageStarts.of(starts));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
