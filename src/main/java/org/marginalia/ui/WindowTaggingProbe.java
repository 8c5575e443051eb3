package org.marginalia.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;

/**
 * Lets {@code bench --archive} time tagging as the window does it, in a JVM of its own:
 * {@code WindowTaggingProbe PROJECT RUNS RESULT_FILE}. The window's view-model opens the project (the worker runs
 * each job at once on this thread, no toolkit is started), then text is selected in a pane and a tag applied, as a
 * click on a tag does: the passage is stored and the table, the counts and the pane follow the change. Painting is
 * not measured. Appends result lines as the archive child writes them: {@code name TAB samples TAB CPU ms TAB note}.
 */
public final class WindowTaggingProbe {

    static final String ROW = "archive: tag a selection in the window model, refresh included, p95";
    private static final int TAGGINGS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WindowTaggingProbe() {
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[1]);
        // Tagging imports nothing; the window reaches the importers only through the reader the Launcher hands it.
        try (Project project = Project.open(Path.of(args[0]), file -> {
            throw new IllegalStateException("the probe imports nothing: " + file);
        })) {
            Dialogs noDialogs = (Dialogs) Proxy.newProxyInstance(Dialogs.class.getClassLoader(),
                    new Class<?>[] {Dialogs.class}, (proxy, method, arguments) -> {
                        throw new IllegalStateException("tagging opened a dialog: " + method.getName());
                    });
            Background background = Background.inline();
            background.setOnFailure(e -> {
                throw new IllegalStateException("tagging failed", e);
            });
            WorkbenchViewModel vm = new WorkbenchViewModel(project, background, noDialogs, Workbench.comparer());
            long cpu = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            vm.start(List.of());
            String opened = String.format(Locale.ROOT, "the whole read on opening %.0f ms (CPU %d ms)",
                    (System.nanoTime() - started) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            String line = measure(vm, runs, opened);
            Files.writeString(Path.of(args[2]), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static String measure(WorkbenchViewModel vm, int runs, String opened) {
        List<SourceItem> sources = new ArrayList<>(vm.sources());
        long tag = vm.tags().stream().filter(t -> t.tag().codable()).max(Comparator.comparingInt(TagItem::passages))
                .orElseThrow().tag().id();
        int rowsBefore = vm.passageRows().size();
        Random random = new Random(21);
        double[] p95 = new double[runs];
        double[] refreshP95 = new double[runs];
        long cpu = 0;
        for (int run = -1; run < runs; run++) {
            double[] each = new double[TAGGINGS];
            double[] refreshes = new double[TAGGINGS];
            for (int i = 0; i < TAGGINGS; i++) {
                SourceItem source = sources.get(random.nextInt(sources.size()));
                vm.openInPane(0, source.document().id());
                int start = random.nextInt(Math.max(1, source.document().textLength() - 60));
                vm.panes().get(0).textSelectionProperty().set(new TextSpan(start, start + 40));
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                vm.passages().applyTag(0, tag);
                each[i] = (System.nanoTime() - started) / 1e6;
                cpu += run >= 0 ? THREADS.getCurrentThreadCpuTime() - cpuStart : 0;
                // The window's part alone: the same update for the passage just made, without storing anything.
                long made = vm.selectedProperty().get().id();
                started = System.nanoTime();
                vm.refresh(Changed.passageAndLinks(made), () -> { });
                refreshes[i] = (System.nanoTime() - started) / 1e6;
            }
            if (run >= 0) {
                p95[run] = percentile95(each);
                refreshP95[run] = percentile95(refreshes);
            }
        }
        int tagged = vm.passageRows().size() - rowsBefore;
        if (tagged != (runs + 1) * TAGGINGS) {
            throw new IllegalStateException("the table shows " + tagged + " new rows, not " + (runs + 1) * TAGGINGS);
        }
        return String.join("\t", ROW, Arrays.stream(p95).mapToObj(String::valueOf).collect(Collectors.joining(",")),
                String.format(Locale.ROOT, "%.1f", cpu / ((double) runs * TAGGINGS) / 1e6), String.format(Locale.ROOT,
                        "%d passages a run, each stored (commit included), then the table's rows, the counts and the "
                                + "pane updated; CPU is the mean per passage; the update alone p95 %.2f ms (median of "
                                + "runs); %s; this JVM's peak RSS %d MiB", TAGGINGS, median(refreshP95), opened,
                        StartupProbe.peakRssKb() / 1024));
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    /** Nearest rank, as the bench's rows count it. */
    private static double percentile95(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }
}
